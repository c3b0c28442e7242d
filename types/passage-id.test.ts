import { describe, expect, it } from 'vitest';
import { passageId as corpusPassageId } from '../core/corpus/document-ids';
import { documentIdOfPassage, isPassageOf, parsePassageId, passageId } from './passage-id';

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

  it('give back the document the corpus built them from', () => {
    for (const doc of ['doc-000', 'doc-004', 'doc-123']) for (const index of [0, 7, 123, 1000]) expect(documentIdOfPassage(corpusPassageId(doc, index))).toBe(doc);
  });

  it('belong to their own document only, not to one whose id is a prefix', () => {
    expect(isPassageOf('doc-002-p001', 'doc-002')).toBe(true);
    expect(isPassageOf('doc-002-p001', 'doc-00')).toBe(false);
    expect(isPassageOf('doc-002-p001', 'doc-003')).toBe(false);
  });
});
