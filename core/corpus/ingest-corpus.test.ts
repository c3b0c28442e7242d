import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusReadError, CuratedDataError, DuplicateDocumentIdError, SourceFileNameError } from './corpus-errors';
import { ingestCorpus } from './ingest-corpus';
import { ingestDocument } from './ingest-document';
import { loadCuratedDocuments } from './curated-documents';
import { REAL_CORPUS_DIR, realCorpus } from './test/fixtures';

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function corpusDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-corpus-'));
  temporary.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('ingestCorpus', () => {
  it('ingests the five documents in file order', () => {
    const { documents, reports } = ingestCorpus(REAL_CORPUS_DIR);
    expect(documents.map((document) => document.id)).toEqual(['doc-000', 'doc-001', 'doc-002', 'doc-003', 'doc-004']);
    expect(reports.map((report) => report.documentId)).toEqual(documents.map((document) => document.id));
  });

  it('gives identical ids and texts when run again, and when a document is ingested alone', () => {
    const first = realCorpus();
    const again = ingestCorpus(REAL_CORPUS_DIR);
    const idsAndTexts = (corpus: typeof first) => corpus.documents.map((d) => d.passages.map((p) => [p.id, p.kind, p.text]));
    expect(idsAndTexts(again)).toEqual(idsAndTexts(first));
    expect(again).toEqual(first);

    const curated = loadCuratedDocuments();
    const alone = ingestDocument('003_207715765406996b.txt', fs.readFileSync(path.join(REAL_CORPUS_DIR, '003_207715765406996b.txt'), 'utf8'), curated['003_207715765406996b.txt'] ?? {});
    expect(alone.document).toEqual(first.documents[3]);
  });

  it('reads a file no one curated, deriving what its text states and leaving the rest null (issue 18)', () => {
    const dir = corpusDir({ '005_new.txt': '乌镇新规划发布\n\n张三 李四\n\n乌镇位于桐乡市北端。\n' });
    const [document] = ingestCorpus(dir, { curated: {} }).documents;
    expect(document).toMatchObject({ id: 'doc-005', title: '乌镇新规划发布', authors: ['张三', '李四'], publisher: null, date: null });
    expect(document.passages.map((p) => p.kind)).toEqual(['title', 'byline', 'paragraph']);
  });

  it('fails naming the entry when a curation entry has no file', () => {
    const dir = corpusDir({ '000_a.txt': '标题\n\n正文。' });
    expect(() => ingestCorpus(dir, { curated: { '000_a.txt': {}, '001_gone.txt': {} } })).toThrow(CuratedDataError);
    expect(() => ingestCorpus(dir, { curated: { '000_a.txt': {}, '001_gone.txt': {} } })).toThrow(/001_gone\.txt/);
  });

  it('fails on a misnamed corpus file and on two files with the same number', () => {
    expect(() => ingestCorpus(corpusDir({ 'notes.txt': '正文。' }), { curated: {} })).toThrow(SourceFileNameError);
    const twins = corpusDir({ '000_a.txt': '甲。', '000_b.txt': '乙。' });
    expect(() => ingestCorpus(twins, { curated: { '000_a.txt': {}, '000_b.txt': {} } })).toThrow(DuplicateDocumentIdError);
  });

  it('ignores files that are not text, and fails clearly on a missing directory', () => {
    const dir = corpusDir({ '000_a.txt': '标题\n\n正文。', 'README.md': '# 说明' });
    expect(ingestCorpus(dir, { curated: { '000_a.txt': {} } }).documents).toHaveLength(1);
    expect(() => ingestCorpus('/nonexistent/corpus', { curated: {} })).toThrow(CorpusReadError);
  });
});
