import type { Stage } from '../../core/stage.js';

// Placeholder until the morph stage lands.
export const morphStage: Stage = {
  name: 'morph',
  run() {},
};
