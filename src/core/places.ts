import type { Entity } from './types.js';

/**
 * A GPE below the state that is no gazetteer city: a region ("Texas", "Liguria") or a name only
 * its context makes a place ("in Huwara"). It is where things happen; a state or a city may also
 * stand for its government ("Mosca ha espulso").
 */
export function isRegionOrPlace(entity: Entity | undefined): boolean {
  return entity?.placeKind === 'region' || entity?.placeKind === 'place';
}

/**
 * A GPE that can stand for a state's government: a country, or a capital city (`isCapital` tells
 * which gazetteer cities are), not a region or a place below the state ("Mosca ha espulso").
 */
export function standsForState(entity: Entity | undefined, isCapital: (geonameid: number) => boolean): boolean {
  if (entity?.type !== 'GPE' || !entity.country || isRegionOrPlace(entity)) return false;
  return entity.geonameid === undefined || isCapital(entity.geonameid);
}
