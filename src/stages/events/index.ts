import type { Stage } from '../../core/stage.js';

// Placeholder until the events stage lands.
export const eventsStage: Stage = {
  name: 'events',
  run() {},
};
