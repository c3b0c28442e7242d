import { describe, expect, it } from 'vitest';
import type { AtlasFeature, Precision, Status } from '../../../types/atlas';
import { countsByLayer, exportUrl, isFiltering, matchesFilter, visibleFeatures, type FeatureFilter } from './feature-filter';

const feature = (id: string, layer: string, status: Status, precision: Precision, passageIds: string[]): AtlasFeature =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [120, 30] }, properties: { layer, status, precision, passageIds } }) as unknown as AtlasFeature;

const all = [
  feature('a', 'rail', 'planned', 'schematic', ['doc-002-p001']),
  feature('b', 'rail', 'existing', 'schematic', ['doc-000-p003']),
  feature('c', 'parks', 'existing', 'approximate', ['doc-002-p010', 'doc-003-p001']),
];
const none: FeatureFilter = { statuses: null, precisions: null, documentId: null };

describe('feature filter', () => {
  it('passes everything when nothing is chosen', () => {
    expect(all.every((f) => matchesFilter(f, none))).toBe(true);
    expect(isFiltering(none)).toBe(false);
  });

  it('combines status, precision and document', () => {
    expect(all.filter((f) => matchesFilter(f, { ...none, statuses: ['existing'] })).map((f) => f.id)).toEqual(['b', 'c']);
    expect(all.filter((f) => matchesFilter(f, { statuses: ['existing'], precisions: ['approximate'], documentId: null })).map((f) => f.id)).toEqual(['c']);
    expect(all.filter((f) => matchesFilter(f, { ...none, documentId: 'doc-002' })).map((f) => f.id)).toEqual(['a', 'c']);
  });

  it('does not take doc-00 for doc-002 (prefix up to the passage marker)', () => {
    expect(all.filter((f) => matchesFilter(f, { ...none, documentId: 'doc-00' }))).toEqual([]);
  });

  it('applies layer visibility on top', () => {
    expect(visibleFeatures(all, new Set(['rail']), { ...none, statuses: ['planned'] }).map((f) => f.id)).toEqual(['a']);
  });

  it('counts per layer after filtering', () => {
    expect([...countsByLayer(all, { ...none, documentId: 'doc-002' })]).toEqual([
      ['rail', 1],
      ['parks', 1],
    ]);
  });

  it('builds the export link the API understands', () => {
    expect(exportUrl(['rail', 'parks'], { ...none, statuses: ['planned', 'proposed'] }, 'csv')).toBe('/api/export?layers=rail%2Cparks&format=csv&status=planned%2Cproposed');
  });
});
