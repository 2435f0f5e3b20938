import type { Stage } from '../../core/stage.js';

// Placeholder until the entities stage lands.
export const entitiesStage: Stage = {
  name: 'entities',
  run() {},
};
