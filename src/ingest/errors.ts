/** An input the user gave that cannot be analysed; the message is shown as is, without a stack. */
export class InputError extends Error {
  constructor(
    readonly document: string,
    readonly problem: string,
  ) {
    super(`${document}: ${problem}`);
    this.name = 'InputError';
  }
}
