import { describe, expect, it } from 'vitest';
import { describeGeometry, historyChanges } from './history-diff';

const place = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', id: 'wuzhen-light', properties, geometry });
const point = { type: 'Point', coordinates: [120.49, 30.74] };
const square = { type: 'Polygon', coordinates: [[[120, 30], [120.1, 30], [120.1, 30.1], [120, 30.1], [120, 30]]] };

describe('historyChanges', () => {
  it('lists the changed properties only, as text', () => {
    const before = place({ name_zh: '乌镇之光', status: 'planned', aliases: ['乌镇之光超算中心'] }, point);
    const after = place({ name_zh: '乌镇之光', status: 'under_construction', aliases: ['乌镇之光超算中心', '超算中心'] }, point);
    expect(historyChanges(before, after)).toEqual([
      { field: 'status', before: 'planned', after: 'under_construction' },
      { field: 'aliases', before: '乌镇之光超算中心', after: '乌镇之光超算中心、超算中心' },
    ]);
  });

  it('shows a moved point by its coordinates, and added and removed notes', () => {
    const before = place({ notes: 'a' }, point);
    const after = place({ label: 'x' }, { type: 'Point', coordinates: [120.5, 30.75] });
    expect(historyChanges(before, after)).toEqual([
      { field: 'notes', before: 'a', after: null },
      { field: 'geometry', before: 'point 120.49000, 30.74000', after: 'point 120.50000, 30.75000' },
      { field: 'label', before: null, after: 'x' },
    ]);
  });

  it('marks a reshape that keeps the vertex count and first vertex', () => {
    const reshaped = { type: 'Polygon', coordinates: [[[120, 30], [120.2, 30], [120.1, 30.1], [120, 30.1], [120, 30]]] };
    const [change] = historyChanges(place({}, square), place({}, reshaped));
    expect(change.field).toBe('geometry');
    expect(change.before).toBe('polygon, 5 vertices from 120.00000, 30.00000 (before)');
    expect(change.after).toBe('polygon, 5 vertices from 120.00000, 30.00000 (reshaped)');
  });

  it('lists every field of a created place, and nothing for a retired one but its fields gone', () => {
    expect(historyChanges(null, place({ status: 'planned' }, point)).map((c) => c.field)).toEqual(['status', 'geometry']);
    expect(historyChanges(place({ status: 'planned' }, point), null).every((c) => c.after === null)).toBe(true);
  });

  it('describes a link decision by its passage, range, text and place, not its author', () => {
    const decision = { id: 'e.doc-000-p001.0.4.wuzhen-light', passageId: 'doc-000-p001', start: 0, end: 4, text: '乌镇之光', featureId: 'wuzhen-light', at: '2026-01-01T00:00:00Z', by: 'ann', reason: null };
    expect(historyChanges(null, decision)).toEqual([
      { field: 'passageId', before: null, after: 'doc-000-p001' },
      { field: 'start', before: null, after: '0' },
      { field: 'end', before: null, after: '4' },
      { field: 'text', before: null, after: '乌镇之光' },
      { field: 'featureId', before: null, after: 'wuzhen-light' },
    ]);
  });
});

describe('describeGeometry', () => {
  it('names multi-part geometry with spaces and counts every vertex', () => {
    expect(describeGeometry({ type: 'MultiLineString', coordinates: [[[1, 2], [3, 4]], [[5, 6], [7, 8], [9, 10]]] })).toBe('multi line string, 5 vertices from 1.00000, 2.00000');
  });
});
