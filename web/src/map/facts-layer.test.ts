import { describe, expect, it } from 'vitest';
import type { AtlasFeature, Claim } from '../../../types/atlas';
import { factRadius, factsCollection, factsLayers, FACTS_LAYER_IDS, FACTS_SOURCE_ID } from './facts-layer';

const place = (id: string, geometry: AtlasFeature['geometry']): AtlasFeature => ({
  type: 'Feature',
  id,
  geometry,
  properties: { name_zh: `${id}中文`, name_en: id, aliases: [], layer: 'parks', category: 'park', status: 'existing', precision: 'approximate', geometrySource: 'test', passageIds: [] },
});

let n = 0;
const claim = (featureId: string | null, extra: Partial<Claim & { discrepancyIds: string[] }>): Claim & { discrepancyIds: string[] } => {
  n += 1;
  return {
    id: `doc-000-p001-c${n}`,
    featureId,
    measure: 'investment',
    value: 2.48e10,
    valueMax: null,
    unit: 'CNY',
    qualifier: null,
    approx: false,
    what: '总投资',
    modality: 'reported',
    asOf: null,
    stated: { value: '248亿', unit: '元' },
    text: '248亿元',
    passageId: 'doc-000-p001',
    documentId: 'doc-000',
    start: 0,
    end: 6,
    documentDate: '2021',
    documentDateNotBefore: null,
    sentence: { text: '248亿元', start: 0, end: 6 },
    source: 'extracted',
    discrepancyIds: [],
    ...extra,
  };
};

const park = place('park', { type: 'Point', coordinates: [120.49, 30.74] });
const zone = place('zone', { type: 'Polygon', coordinates: [[[120, 30], [121, 30], [121, 31], [120, 31], [120, 30]]] });
const line = place('line', { type: 'LineString', coordinates: [[120, 30], [122, 30]] });

describe('factsCollection', () => {
  it('puts one point per place at its centroid, with the claim\'s passage and a formatted label', () => {
    const fc = factsCollection([park, zone], [claim('park', {}), claim('zone', { value: 1.2e9, passageId: 'doc-001-p015' })], { measure: 'investment' });
    expect(fc.features).toHaveLength(2);
    expect(fc.features[0].geometry.coordinates).toEqual([120.49, 30.74]);
    expect(fc.features[1].geometry.coordinates).toEqual([120.5, 30.5]);
    expect(fc.features[1].properties).toMatchObject({ featureId: 'zone', passageId: 'doc-001-p015', value: 1.2e9, label_zh: '12亿元', label_en: 'CNY 1.2 bn' });
  });

  it('takes the latest reported figure of the measure, counting how many there are', () => {
    const fc = factsCollection(
      [line],
      [
        claim('line', { measure: 'count', unit: 'count', value: 30, what: '院士', documentDate: null, documentDateNotBefore: '2020' }),
        claim('line', { measure: 'count', unit: 'count', value: 46, what: '院士', documentDate: '2021', discrepancyIds: ['d'] }),
        claim('line', { measure: 'count', unit: 'count', value: 99, what: '院士', documentDate: '2022', modality: 'target' }),
        claim('line', { measure: 'count', unit: 'count', value: 28, what: '项目', documentDate: '2021' }),
      ],
      { measure: 'count', what: '院士' },
    );
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0].geometry.coordinates).toEqual([121, 30]);
    expect(fc.features[0].properties).toMatchObject({ value: 46, claimCount: 2, discrepant: true });
  });

  it('leaves out places without a figure, unattached claims and non-numeric values', () => {
    const fc = factsCollection([park, zone], [claim(null, {}), claim('zone', { measure: 'status', unit: 'status', value: 'existing' })], { measure: 'investment' });
    expect(fc.features).toEqual([]);
  });
});

describe('factsLayers', () => {
  it('draws circles whose area grows with the value, and labels in the chosen language', () => {
    const fc = factsCollection([park, zone], [claim('park', { value: 100 }), claim('zone', { value: 400 })], { measure: 'investment' });
    const [circles, labels] = factsLayers(fc, 'en');
    expect(circles).toMatchObject({ id: FACTS_LAYER_IDS.circles, type: 'circle', source: FACTS_SOURCE_ID });
    expect((circles as { paint: Record<string, unknown> }).paint['circle-radius']).toEqual(['interpolate', ['linear'], ['sqrt', ['get', 'size']], 0, 5, 20, 30]);
    expect((labels as { layout: Record<string, unknown> }).layout['text-field']).toEqual(['get', 'label_en']);
    expect((factsLayers(fc, 'zh')[1] as { layout: Record<string, unknown> }).layout['text-field']).toEqual(['get', 'label_zh']);
  });

  it('uses a fixed radius when there is nothing to scale by', () => {
    expect(factRadius(0)).toBe(5);
  });
});
