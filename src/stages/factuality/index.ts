import type { Stage } from '../../core/stage.js';

// Placeholder until the factuality stage lands.
export const factualityStage: Stage = {
  name: 'factuality',
  run() {},
};
