/**
 * What lies inside a zone: points inside, lines crossing or inside, areas overlapping; and which
 * planned or proposed transport projects touch it. The zones are indicative and the lines
 * schematic, so transport is tested against the zone widened by a buffer.
 */
import { booleanContains, booleanIntersects, booleanPointInPolygon, buffer, flatten } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { AtlasFeature, LayerId, Status } from '../../../types/atlas';

export const ZONE_QUERY_DEFAULTS = {
  /** the zone asked about when nothing else is chosen */
  zoneId: 'jiahu-cooperation-zone',
  /** schematic lines are drawn through known points, often a kilometre or so off the ground */
  bufferKm: 1,
  transportLayers: ['rail', 'roads', 'interchanges', 'stations'] as LayerId[],
  /** everything not yet in service */
  pendingStatuses: ['planned', 'proposed', 'study', 'under_construction'] as Status[],
};

export type ZoneOptions = typeof ZONE_QUERY_DEFAULTS;

/**
 * inside: wholly within the zone; crosses: a line partly inside; overlaps: an area partly inside;
 * contains: an area the zone lies wholly within (a county around it); near: only within the buffer.
 */
export type ZoneRelation = 'inside' | 'crosses' | 'overlaps' | 'contains' | 'near';

export interface ZoneHit {
  feature: AtlasFeature;
  relation: ZoneRelation;
}

export interface ZoneContents {
  points: ZoneHit[];
  lines: ZoneHit[];
  polygons: ZoneHit[];
}

type ZoneShape = Feature<Polygon | MultiPolygon>;

export function isAreaFeature(feature: Pick<AtlasFeature, 'geometry'>): boolean {
  return feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon';
}

/** Every other feature that lies in, crosses or overlaps the zone, grouped by geometry. */
export function zoneContents(zone: AtlasFeature, features: AtlasFeature[]): ZoneContents {
  const shape = asZone(zone);
  const contents: ZoneContents = { points: [], lines: [], polygons: [] };
  for (const feature of features) {
    if (feature.id === zone.id) continue;
    const relation = relationTo(shape, feature);
    if (!relation) continue;
    const family = familyOf(feature);
    if (family === 'Point') contents.points.push({ feature, relation });
    else if (family === 'LineString') contents.lines.push({ feature, relation });
    else contents.polygons.push({ feature, relation });
  }
  return { points: sortHits(contents.points), lines: sortHits(contents.lines), polygons: sortHits(contents.polygons) };
}

/**
 * Transport projects not yet in service (rail, roads, interchanges, stations) that touch the
 * zone, or come within `bufferKm` of it.
 */
export function pendingTransportTouching(zone: AtlasFeature, features: AtlasFeature[], options: ZoneOptions = ZONE_QUERY_DEFAULTS): ZoneHit[] {
  const shape = asZone(zone);
  const widened = bufferedZone(zone, options.bufferKm);
  const hits: ZoneHit[] = [];
  for (const feature of features) {
    const p = feature.properties;
    if (!options.transportLayers.includes(p.layer) || !options.pendingStatuses.includes(p.status)) continue;
    const relation = relationTo(shape, feature) ?? (widened && booleanIntersects(widened, feature) ? 'near' : null);
    if (relation) hits.push({ feature, relation });
  }
  return sortHits(hits);
}

/** The zone widened by `km` (the zone itself at 0), for drawing and for the transport test. */
export function bufferedZone(zone: AtlasFeature, km: number): ZoneShape | null {
  if (!(km > 0)) return null;
  return (buffer(asZone(zone), km, { units: 'kilometers' }) as ZoneShape | undefined) ?? null;
}

function relationTo(zone: ZoneShape, feature: AtlasFeature): ZoneRelation | null {
  const family = familyOf(feature);
  const parts = flatten(feature as Feature).features;
  const zoneParts = flatten(zone).features as Feature<Polygon>[];
  if (family === 'Point') {
    return parts.some((part) => booleanPointInPolygon(part as Feature<Point>, zone)) ? 'inside' : null;
  }
  if (!booleanIntersects(zone, feature)) return null;
  const partInside = (part: Feature) => zoneParts.some((z) => booleanContains(z, part as Feature<LineString | Polygon>));
  if (parts.every(partInside)) return 'inside';
  if (family === 'LineString') return 'crosses';
  const zoneInside = zoneParts.every((z) => parts.some((part) => booleanContains(part as Feature<Polygon>, z)));
  return zoneInside ? 'contains' : 'overlaps';
}

function familyOf(feature: Pick<AtlasFeature, 'geometry'>): 'Point' | 'LineString' | 'Polygon' {
  const type = feature.geometry.type;
  if (type === 'Point' || type === 'MultiPoint') return 'Point';
  if (type === 'LineString' || type === 'MultiLineString') return 'LineString';
  if (type === 'Polygon' || type === 'MultiPolygon') return 'Polygon';
  throw new ZoneQueryError(`unsupported geometry ${type}`, String((feature as AtlasFeature).id));
}

function asZone(zone: AtlasFeature): ZoneShape {
  if (!isAreaFeature(zone)) throw new ZoneQueryError(`a zone must be a polygon, not ${zone.geometry.type}`, zone.id);
  return zone as ZoneShape;
}

const RELATION_RANK: Record<ZoneRelation, number> = { inside: 0, crosses: 1, overlaps: 1, contains: 2, near: 3 };

function sortHits(hits: ZoneHit[]): ZoneHit[] {
  return hits.sort(
    (a, b) => RELATION_RANK[a.relation] - RELATION_RANK[b.relation] || a.feature.properties.name_zh.localeCompare(b.feature.properties.name_zh, 'zh'),
  );
}

export class ZoneQueryError extends Error {
  constructor(
    message: string,
    readonly featureId: string,
  ) {
    super(`${message} (feature ${featureId})`);
    this.name = 'ZoneQueryError';
  }
}
