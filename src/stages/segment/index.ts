import type { Stage } from '../../core/stage.js';

// Placeholder until the segment stage lands.
export const segmentStage: Stage = {
  name: 'segment',
  run() {},
};
