import type { Stage } from '../../core/stage.js';

// Placeholder until the timex stage lands.
export const timexStage: Stage = {
  name: 'timex',
  run() {},
};
