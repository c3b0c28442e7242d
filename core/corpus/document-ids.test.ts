import { describe, expect, it } from 'vitest';
import { SourceFileNameError } from './corpus-errors';
import { documentIdFromSourceFile, isCorpusFileName, passageId } from './document-ids';

describe('document and passage ids', () => {
  it('derives the document id from the 3-digit prefix', () => {
    expect(documentIdFromSourceFile('000_53b33175bae17ff9.txt')).toBe('doc-000');
    expect(documentIdFromSourceFile('004_8a8a29bd584d1080.txt')).toBe('doc-004');
    // uploaded documents past 999 (issue 18)
    expect(documentIdFromSourceFile('1000_upload.txt')).toBe('doc-1000');
  });

  it('refuses a file it cannot name, saying which', () => {
    for (const name of ['53b33175bae17ff9.txt', '0000_x.txt', '001_x.md', 'a/001_x.txt']) {
      expect(isCorpusFileName(name)).toBe(false);
      expect(() => documentIdFromSourceFile(name)).toThrow(SourceFileNameError);
    }
    expect(() => documentIdFromSourceFile('notes.txt')).toThrow(/notes\.txt/);
  });

  it('pads the passage position to three digits', () => {
    expect(passageId('doc-000', 0)).toBe('doc-000-p000');
    expect(passageId('doc-003', 42)).toBe('doc-003-p042');
    expect(passageId('doc-003', 1234)).toBe('doc-003-p1234');
  });
});
