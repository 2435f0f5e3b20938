import { InputError } from './errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Share of C0 control characters (other than tab, LF, CR, FF) above which input counts as binary. */
const MAX_CONTROL_SHARE = 0.02;

/** Bytes to UTF-8 text: rejects binary and invalid UTF-8, strips the BOM, folds CRLF/CR to LF. */
export function decodeBytes(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new InputError(name, 'binary file (contains NUL bytes), expected UTF-8 text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(name, `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}; only UTF-8 text is accepted`);
  }
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    throw new InputError(name, 'binary file (too many control characters), expected UTF-8 text');
  }
  return normaliseText(text);
}

/** Strip a leading BOM and fold CRLF and lone CR to LF. */
export function normaliseText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}

export function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

function controlShare(text: string): number {
  const n = Math.min(text.length, 65536);
  if (n === 0) return 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127) control++;
  }
  return control / n;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}
