/**
 * The facts layer (issue 10): one point per place at its centroid, sized by a figure the documents
 * state about it (investment in yuan, area in km², a count…), labelled with the figure, and
 * carrying the claim's passage so a click can open the source. Pure: data in, GeoJSON and
 * MapLibre style layers out; the map adds them with setData, never by rebuilding.
 */
import { centroid } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { AtlasFeature, Claim, ClaimMeasure, ClaimModality } from '../../../types/atlas';
import { formatClaimValue } from '../claims/format-claim';
import type { Lang } from '../i18n/strings';
import { FONT_STACK } from './basemap-style';

export const FACTS_SOURCE_ID = 'atlas-facts';
export const FACTS_LAYER_IDS = { circles: 'facts-circles', labels: 'facts-labels' } as const;

/** Measures with a number to size a circle by. */
export const FACT_MEASURES = ['investment', 'area', 'output', 'value_added', 'money', 'count', 'share', 'growth', 'computing', 'bandwidth', 'ranking'] as const satisfies readonly ClaimMeasure[];
export type FactMeasure = (typeof FACT_MEASURES)[number];

export const FACTS_DEFAULTS = {
  /** reported figures only: a target is not a fact about the place yet */
  modalities: ['reported'] as ClaimModality[],
  /** circle radius in pixels for the smallest and the largest value */
  minRadius: 5,
  maxRadius: 30,
  colour: '#6A3D9A',
};

export interface FactsOptions {
  measure: FactMeasure;
  /** only claims of this `what` (院士, 总投资); all of the measure when omitted */
  what?: string | null;
  modalities?: ClaimModality[];
}

export interface FactProperties {
  featureId: string;
  name_zh: string;
  name_en: string;
  claimId: string;
  passageId: string;
  documentId: string;
  documentDate: string | null;
  measure: ClaimMeasure;
  /** the figure in its unit (yuan, km², …), negative for a fall */
  value: number;
  /** what sizes the circle: |value| */
  size: number;
  unit: Claim['unit'];
  what: string | null;
  label_zh: string;
  label_en: string;
  /** how many claims of the measure the documents make about the place (the latest is shown) */
  claimCount: number;
  /** the documents disagree about it (GET /api/discrepancies) */
  discrepant: boolean;
}

export type FactsCollection = FeatureCollection<Point, FactProperties>;

/**
 * One point per place that has a figure of the measure: the latest claim (by document date, then
 * the time it refers to), at the place's centroid.
 */
export function factsCollection(features: AtlasFeature[], claims: Array<Claim & { discrepancyIds?: string[] }>, options: FactsOptions): FactsCollection {
  const modalities = options.modalities ?? FACTS_DEFAULTS.modalities;
  const byFeature = new Map<string, Array<Claim & { discrepancyIds?: string[] }>>();
  for (const claim of claims) {
    if (claim.featureId === null || claim.measure !== options.measure || typeof claim.value !== 'number') continue;
    if (!modalities.includes(claim.modality)) continue;
    if (options.what != null && claim.what !== options.what) continue;
    byFeature.set(claim.featureId, [...(byFeature.get(claim.featureId) ?? []), claim]);
  }
  const points: Array<Feature<Point, FactProperties>> = [];
  for (const feature of features) {
    const own = byFeature.get(feature.id);
    if (!own) continue;
    const latest = [...own].sort(byTime).at(-1)!;
    const value = latest.value as number;
    points.push({
      type: 'Feature',
      id: feature.id,
      geometry: centroid(feature).geometry,
      properties: {
        featureId: feature.id,
        name_zh: feature.properties.name_zh,
        name_en: feature.properties.name_en,
        claimId: latest.id,
        passageId: latest.passageId,
        documentId: latest.documentId,
        documentDate: latest.documentDate,
        measure: latest.measure,
        value,
        size: Math.abs(value),
        unit: latest.unit,
        what: latest.what,
        label_zh: formatClaimValue(latest, 'zh'),
        label_en: formatClaimValue(latest, 'en'),
        claimCount: own.length,
        discrepant: own.some((c) => (c.discrepancyIds ?? []).length > 0),
      },
    });
  }
  return { type: 'FeatureCollection', features: points };
}

/** The circle and label layers for a facts collection; circle area grows with the value. */
export function factsLayers(collection: FactsCollection, lang: Lang, options: { sourceId?: string; colour?: string } = {}): LayerSpecification[] {
  const source = options.sourceId ?? FACTS_SOURCE_ID;
  const colour = options.colour ?? FACTS_DEFAULTS.colour;
  const largest = Math.max(0, ...collection.features.map((f) => f.properties.size));
  return [
    {
      id: FACTS_LAYER_IDS.circles,
      type: 'circle',
      source,
      paint: {
        'circle-color': colour,
        'circle-opacity': 0.45,
        'circle-stroke-color': ['case', ['get', 'discrepant'], '#D55E00', '#FFFFFF'],
        'circle-stroke-width': ['case', ['get', 'discrepant'], 2.5, 1.5],
        'circle-radius': factRadius(largest),
      },
    },
    {
      id: FACTS_LAYER_IDS.labels,
      type: 'symbol',
      source,
      layout: {
        'text-field': factsLabelField(lang),
        'text-font': FONT_STACK,
        'text-size': 12,
        'text-anchor': 'center',
        'text-allow-overlap': false,
        'text-optional': true,
      },
      paint: { 'text-color': '#2B1640', 'text-halo-color': '#FFFFFF', 'text-halo-width': 1.6 },
    },
  ];
}

export function factsLabelField(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'en' ? 'label_en' : 'label_zh'];
}

/** Radius ∝ √value, so a circle's area, not its width, is proportional to the figure. */
export function factRadius(largest: number): ExpressionSpecification | number {
  if (!(largest > 0)) return FACTS_DEFAULTS.minRadius;
  return ['interpolate', ['linear'], ['sqrt', ['get', 'size']], 0, FACTS_DEFAULTS.minRadius, Math.sqrt(largest), FACTS_DEFAULTS.maxRadius];
}

function byTime(a: Claim, b: Claim): number {
  const written = (c: Claim) => c.documentDate ?? c.documentDateNotBefore ?? '';
  const refers = (c: Claim) => (c.asOf ?? '').split('/').pop()!;
  return written(a).localeCompare(written(b)) || refers(a).localeCompare(refers(b));
}
