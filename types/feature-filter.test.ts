import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { testStore } from '../core/testing/test-store';
import { testApp } from '../api/test/support/test-app';
import type { AtlasFeature, Precision, Status } from './atlas';
import { FeatureFilter, type FeatureFilterSpec } from './feature-filter';
import { mapProperties } from './map-properties';

const feature = (id: string, layer: string, status: Status, precision: Precision, passageIds: string[]): AtlasFeature =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [120, 30] }, properties: { layer, status, precision, passageIds, name_zh: id, name_en: id, category: 'x' } }) as unknown as AtlasFeature;

const few = [
  feature('a', 'rail', 'planned', 'schematic', ['doc-002-p001']),
  feature('b', 'rail', 'existing', 'schematic', ['doc-000-p003']),
  feature('c', 'parks', 'existing', 'approximate', ['doc-002-p010', 'doc-003-p001']),
];

/** What MapLibre itself decides for the expression, on the properties the map holds. */
const mapPasses = (filter: FeatureFilter, f: AtlasFeature) => {
  const expression = filter.toExpression();
  if (!expression) return true;
  const compiled = featureFilter(expression, 'filter');
  return compiled.filter({ zoom: 12 }, { type: 1, properties: mapProperties(f) } as never);
};

const SPECS: FeatureFilterSpec[] = [
  {},
  { statuses: ['existing'] },
  { statuses: ['planned', 'proposed', 'study'] },
  { precisions: ['indicative'] },
  { precisions: ['surveyed', 'approximate'], statuses: ['existing'] },
  { documents: ['doc-002'] },
  { documents: ['doc-000', 'doc-004'] },
  { documents: ['doc-00'] },
  { layers: ['rail', 'zones'], statuses: ['under_construction', 'planned'] },
  { layers: ['parks'], precisions: ['indicative'], documents: ['doc-001'] },
];

describe('feature filter', () => {
  it('passes everything when nothing is chosen', () => {
    const none = new FeatureFilter();
    expect(few.every((f) => none.matches(f))).toBe(true);
    expect(none.isFiltering()).toBe(false);
    expect(none.toExpression()).toBeNull();
    expect(none.toQuery().toString()).toBe('');
  });

  it('combines layers, status, precision and documents', () => {
    const ids = (spec: FeatureFilterSpec) => few.filter((f) => new FeatureFilter(spec).matches(f)).map((f) => f.id);
    expect(ids({ statuses: ['existing'] })).toEqual(['b', 'c']);
    expect(ids({ statuses: ['existing'], precisions: ['approximate'] })).toEqual(['c']);
    expect(ids({ documents: ['doc-002'] })).toEqual(['a', 'c']);
    expect(ids({ documents: ['doc-000', 'doc-003'] })).toEqual(['b', 'c']);
    expect(ids({ layers: ['rail'], statuses: ['planned'] })).toEqual(['a']);
  });

  it('does not take doc-00 for doc-002', () => {
    expect(few.filter((f) => new FeatureFilter({ documents: ['doc-00'] }).matches(f))).toEqual([]);
  });

  it('as a MapLibre expression, decides as matches() does for every place of the gazetteer', () => {
    const features = testStore().features;
    for (const spec of SPECS) {
      const filter = new FeatureFilter(spec);
      for (const f of features) expect(mapPasses(filter, f), `${JSON.stringify(spec)} ${f.id}`).toBe(filter.matches(f));
    }
    // not vacuous: the filters above keep some places and drop others
    const kept = SPECS.map((spec) => features.filter((f) => new FeatureFilter(spec).matches(f)).length);
    expect(new Set(kept).size).toBeGreaterThan(4);
  });

  it('as /api/export\'s query, selects the same places on the server', async () => {
    const app = testApp();
    for (const spec of SPECS) {
      const filter = new FeatureFilter(spec);
      const res = await request(app).get(`/api/export?${filter.toQuery()}`);
      if (spec.documents?.includes('doc-00')) {
        expect(res.status).toBe(400);
        continue;
      }
      expect(res.status, JSON.stringify(spec)).toBe(200);
      const served = (JSON.parse(res.text) as { features: Array<{ id: string }> }).features.map((f) => f.id);
      expect(served, JSON.stringify(spec)).toEqual(testStore().features.filter((f) => filter.matches(f)).map((f) => f.id));
    }
  });
});
