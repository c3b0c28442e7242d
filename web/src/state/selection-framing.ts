/**
 * How opening a place moves the map (issue 16), from where the opening came from:
 *   - a link or Back/Forward naming a view (`map=`): the view wins, the map does not move;
 *   - a link naming a place but no view: the place's own framing;
 *   - the planner here (a click, the list, search, a story stop): only if the place is off screen.
 */
import type { Framing } from '../map/atlas-map';
import type { HashOrigin } from './use-hash-state';

export function selectionFraming(origin: HashOrigin): Framing | null {
  if (origin.from === 'app') return 'reveal';
  return origin.hasMapView ? null : 'own';
}
