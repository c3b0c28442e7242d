import { describe, expect, it } from 'vitest';
import { groupPassagesByDocument } from './group-passages';

describe('groupPassagesByDocument', () => {
  it('groups by document in order of first appearance, each group in reading order', () => {
    const groups = groupPassagesByDocument([
      { documentId: 'doc-002', index: 9 },
      { documentId: 'doc-000', index: 4 },
      { documentId: 'doc-002', index: 3 },
    ]);
    expect(groups.map((g) => g.documentId)).toEqual(['doc-002', 'doc-000']);
    expect(groups[0].passages.map((p) => p.index)).toEqual([3, 9]);
  });

  it('returns nothing for no passages', () => {
    expect(groupPassagesByDocument([])).toEqual([]);
  });
});
