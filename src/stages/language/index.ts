import type { Stage } from '../../core/stage.js';

// Placeholder until the language stage lands.
export const languageStage: Stage = {
  name: 'language',
  run() {},
};
