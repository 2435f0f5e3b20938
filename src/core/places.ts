import type { Entity } from './types.js';

/**
 * A GPE below the state that is no gazetteer city: a region ("Texas", "Liguria") or a name only
 * its context makes a place ("in Huwara"). It is where things happen; a state or a city may also
 * stand for its government ("Mosca ha espulso").
 */
export function isRegionOrPlace(entity: Entity | undefined): boolean {
  return entity?.placeKind === 'region' || entity?.placeKind === 'place';
}
