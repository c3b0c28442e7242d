import { describe, expect, it } from 'vitest';
import { documentIdOfPassage, parsePassageId, passageId } from './passage-id';

describe('passage ids', () => {
  it('round-trip through their parts, padded to three digits and beyond', () => {
    for (const [doc, index] of [['doc-000', 0], ['doc-004', 7], ['doc-1234', 1042]] as const) {
      const id = passageId(doc, index);
      expect(parsePassageId(id)).toEqual({ documentId: doc, index });
      expect(documentIdOfPassage(id)).toBe(doc);
    }
    expect(passageId('doc-000', 7)).toBe('doc-000-p007');
  });

  it('refuse what is not a passage id', () => {
    expect(parsePassageId('doc-000')).toBeNull();
    expect(parsePassageId('doc-000-p7')).toBeNull();
    expect(documentIdOfPassage('doc-000')).toBe('doc-000');
  });
});
