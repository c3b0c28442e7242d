import { describe, expect, it } from 'vitest';
import { DataFileError } from '../data-file';
import { loadCuratedDocuments, parseCuratedDocuments } from './curated-documents';

describe('curated documents data', () => {
  it('loads curation/documents.json, one entry per corpus file, every value with its source', () => {
    const curated = loadCuratedDocuments();
    expect(Object.keys(curated).sort()).toEqual([
      '000_53b33175bae17ff9.txt',
      '001_b7f580bae3a4f713.txt',
      '002_d4b335c064cf9ccf.txt',
      '003_207715765406996b.txt',
      '004_8a8a29bd584d1080.txt',
    ]);
    for (const entry of Object.values(curated)) {
      for (const field of [entry.authors, entry.publisher, entry.date]) expect(field?.source).toBeTruthy();
    }
  });

  it('rejects a malformed record, naming the file and the key', () => {
    const bad = { about: '', documents: { '000_x.txt': { date: { value: '2021/05', source: 'x' } } } };
    expect(() => parseCuratedDocuments(bad, 'documents.json')).toThrow(DataFileError);
    expect(() => parseCuratedDocuments(bad, 'documents.json')).toThrow(/documents\.json document "000_x\.txt": date\.value: use YYYY, YYYY-MM or YYYY-MM-DD; correct the curated value/);
  });

  it('rejects a value without its source, and unknown fields', () => {
    const noSource = { about: '', documents: { 'a.txt': { publisher: { value: null } } } };
    expect(() => parseCuratedDocuments(noSource, 'd.json')).toThrow(/publisher\.source/);
    const unknown = { about: '', documents: { 'a.txt': { editor: 'x' } } };
    expect(() => parseCuratedDocuments(unknown, 'd.json')).toThrow(DataFileError);
  });

  it('reports a missing or unreadable file, naming it', () => {
    expect(() => loadCuratedDocuments('/nonexistent/documents.json')).toThrow(DataFileError);
  });
});
