import { describe, expect, it } from 'vitest';
import type { AtlasFeature, Precision, Status } from '../../../types/atlas';
import { countsByLayer, exportUrl, filterOfHash, FeatureFilter, visibleFeatures } from './feature-filter';

const feature = (id: string, layer: string, status: Status, precision: Precision, passageIds: string[]): AtlasFeature =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [120, 30] }, properties: { layer, status, precision, passageIds } }) as unknown as AtlasFeature;

const all = [
  feature('a', 'rail', 'planned', 'schematic', ['doc-002-p001']),
  feature('b', 'rail', 'existing', 'schematic', ['doc-000-p003']),
  feature('c', 'parks', 'existing', 'approximate', ['doc-002-p010', 'doc-003-p001']),
];

describe('the view of the feature filter', () => {
  it('reads the hash: one document, statuses and precisions', () => {
    const filter = filterOfHash({ status: ['existing'], precision: null, doc: 'doc-002' });
    expect(filter.documents).toEqual(['doc-002']);
    expect(all.filter((f) => filter.matches(f)).map((f) => f.id)).toEqual(['c']);
    expect(filterOfHash({ status: null, precision: null, doc: null }).isFiltering()).toBe(false);
  });

  it('applies layer visibility on top', () => {
    expect(visibleFeatures(all, new Set(['rail']), new FeatureFilter({ statuses: ['planned'] })).map((f) => f.id)).toEqual(['a']);
  });

  it('counts per layer after filtering', () => {
    expect([...countsByLayer(all, new FeatureFilter({ documents: ['doc-002'] }))]).toEqual([
      ['rail', 1],
      ['parks', 1],
    ]);
  });

  it('builds the export link the API understands', () => {
    expect(exportUrl(['rail', 'parks'], new FeatureFilter({ statuses: ['planned', 'proposed'] }), 'csv')).toBe('/api/export?layers=rail%2Cparks&status=planned%2Cproposed&format=csv');
  });
});
