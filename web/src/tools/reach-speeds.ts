/**
 * The assumptions behind the reach tool's travel-time estimates, in one place. They turn a
 * straight-line distance into a rough time; they are not routing. Change them here, and the
 * bands on the map, the airport list and the tests follow.
 */
import type { Position } from 'geojson';

export interface TravelMode {
  /** average speed on the main leg (expressway driving, or the train between stations), km/h */
  speedKmh: number;
  /** route length ÷ straight-line distance; 1.2–1.4 is usual for roads on the Hangjiahu plain */
  detourFactor: number;
  /** minutes added to every trip whatever its length: local streets, getting on and off, waiting */
  accessMinutes: number;
}

export const REACH_DEFAULTS = {
  /** straight-line rings drawn around the origin, km */
  ringsKm: [30, 60, 120],
  /** travel-time bands drawn for each mode, hours */
  bandHours: [1, 2],
  modes: {
    // Expressway driving at ~100 km/h; the detour factor covers the road network not being a
    // straight line, the access time the town streets at both ends.
    road: { speedKmh: 100, detourFactor: 1.3, accessMinutes: 15 },
    // High-speed rail at ~250 km/h between stations (line speed 300–350 km/h less stops);
    // the access time is getting to and from the stations and waiting for a train.
    hsr: { speedKmh: 250, detourFactor: 1.2, accessMinutes: 45 },
  } satisfies Record<string, TravelMode>,
  /** "within N hours" as the documents claim it, e.g. "four airports within two hours" */
  claimHours: 2,
  /** an estimate this close to the claim either way is flagged as borderline, minutes */
  borderlineMinutes: 15,
  /**
   * The origin when nothing is selected: Wuzhen town, the place the documents measure their
   * "within two hours" from; the gazetteer's feature once loaded, else Wikipedia's 30°44′N 120°29′E.
   */
  wuzhen: { featureId: 'wuzhen-town', name_zh: '乌镇', name_en: 'Wuzhen', at: [120.487, 30.744] as Position },
};

export type ReachDefaults = typeof REACH_DEFAULTS;
export type TravelModeId = keyof ReachDefaults['modes'];
