/**
 * Reach around a place, from straight-line distance and stated speeds (reach-speeds.ts):
 * distance rings, "within 1 h / 2 h" bands by road and by high-speed rail, and every airport
 * with its distance and estimated road time. Estimates to test claims, not routing.
 */
import { bbox, centroid, circle, destination, distance } from '@turf/turf';
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { AtlasFeature } from '../../../types/atlas';
import type { Lang } from '../i18n/strings';
import { REACH_DEFAULTS, type ReachDefaults, type TravelMode, type TravelModeId } from './reach-speeds';
import { fill, TOOL_STRINGS } from './tool-strings';

/** How many vertices a ring's circle has: smooth at the zooms the rings are seen at. */
const CIRCLE_STEPS = 128;

/** Where reach is measured from: a point as it is, anything else from its centre. */
export function originOf(feature: Pick<AtlasFeature, 'geometry'>): { at: Position; centreOfShape: boolean } {
  if (feature.geometry.type === 'Point') return { at: feature.geometry.coordinates, centreOfShape: false };
  return { at: centroid(feature as Feature).geometry.coordinates, centreOfShape: true };
}

/** Estimated door-to-door minutes for a trip of `straightKm` as the crow flies. */
export function travelMinutes(mode: TravelMode, straightKm: number): number {
  return mode.accessMinutes + ((straightKm * mode.detourFactor) / mode.speedKmh) * 60;
}

/** The straight-line radius reachable within `hours`; 0 when access time alone uses it up. */
export function bandRadiusKm(mode: TravelMode, hours: number): number {
  const drivingMinutes = hours * 60 - mode.accessMinutes;
  return drivingMinutes <= 0 ? 0 : ((drivingMinutes / 60) * mode.speedKmh) / mode.detourFactor;
}

export type ReachPart =
  | { kind: 'ring'; km: number }
  | { kind: 'band'; mode: TravelModeId; hours: number; km: number }
  | { kind: 'label'; text: string; mode: TravelModeId | 'ring' }
  | { kind: 'origin' };

/**
 * The map overlay: distance rings, each mode's time bands (largest first, so smaller ones draw
 * on top), a label on the north side of each, and the origin.
 */
export function reachOverlay(at: Position, options: ReachDefaults = REACH_DEFAULTS, labels: ReachLabels = defaultLabels): FeatureCollection {
  const features: Feature[] = [];
  const add = (geometry: Feature['geometry'], properties: ReachPart) => features.push({ type: 'Feature', geometry, properties });
  const labelAt = (km: number, bearing: number) => destination(at, km, bearing, { units: 'kilometers' }).geometry;

  for (const mode of Object.keys(options.modes) as TravelModeId[]) {
    for (const hours of [...options.bandHours].sort((a, b) => b - a)) {
      const km = bandRadiusKm(options.modes[mode], hours);
      if (km <= 0) continue;
      add(circle(at, km, { steps: CIRCLE_STEPS, units: 'kilometers' }).geometry, { kind: 'band', mode, hours, km });
      // road labels to the north-east, rail to the north-west, so they do not collide
      add(labelAt(km, mode === 'road' ? 30 : -30), { kind: 'label', text: labels.band(mode, hours), mode });
    }
  }
  for (const km of options.ringsKm) {
    add(circle(at, km, { steps: CIRCLE_STEPS, units: 'kilometers' }).geometry, { kind: 'ring', km });
    add(labelAt(km, 180), { kind: 'label', text: labels.ring(km), mode: 'ring' });
  }
  add({ type: 'Point', coordinates: at }, { kind: 'origin' });
  return { type: 'FeatureCollection', features };
}

/** What the rings and bands say on the map; the component passes them in the interface language. */
export interface ReachLabels {
  ring: (km: number) => string;
  band: (mode: TravelModeId, hours: number) => string;
}

const defaultLabels: ReachLabels = {
  ring: (km) => `${km} km`,
  band: (mode, hours) => `${mode === 'road' ? 'road' : 'HSR'} ${hours} h`,
};

/** The labels the reach tool draws; the glyph build reads them too, so every character is shipped. */
export function reachLabels(lang: Lang): ReachLabels {
  const t = TOOL_STRINGS[lang];
  return {
    ring: (km) => fill(t.mapRing, { km }),
    band: (mode, hours) => fill(mode === 'road' ? t.mapBandRoad : t.mapBandHsr, { h: hours }),
  };
}

/**
 * The view to show: the widest distance ring or the road band of the claim (e.g. 2 h), whichever
 * is larger; the far HSR band may run off the edges.
 */
export function reachViewBounds(at: Position, options: ReachDefaults = REACH_DEFAULTS): [number, number, number, number] {
  const km = Math.max(...options.ringsKm, bandRadiusKm(options.modes.road, options.claimHours));
  return bbox(circle(at, km, { steps: 32, units: 'kilometers' })) as [number, number, number, number];
}

export interface AirportReach {
  id: string;
  name_zh: string;
  name_en: string;
  distanceKm: number;
  roadMinutes: number;
  /** the estimated road time is within the claim (e.g. two hours) */
  within: boolean;
  /** the estimate is within `borderlineMinutes` of the claim, either side: do not lean on it */
  borderline: boolean;
}

/** Every airport with its straight-line distance and estimated road time, nearest first. */
export function airportReach(at: Position, airports: AtlasFeature[], options: ReachDefaults = REACH_DEFAULTS): AirportReach[] {
  const limit = options.claimHours * 60;
  return airports
    .map((airport) => {
      const distanceKm = distance(at, originOf(airport).at, { units: 'kilometers' });
      const roadMinutes = travelMinutes(options.modes.road, distanceKm);
      return {
        id: airport.id,
        name_zh: airport.properties.name_zh,
        name_en: airport.properties.name_en,
        distanceKm,
        roadMinutes,
        within: roadMinutes <= limit,
        borderline: Math.abs(roadMinutes - limit) < options.borderlineMinutes,
      };
    })
    .sort((a, b) => a.distanceKm - b.distanceKm);
}
