import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '../db/document-commands';
import { EmptyDocumentError, ingestUploadedText, UploadedDocumentCache, withStoredMeta } from './uploaded-documents';

function stored(number: number, status: StoredDocument['status'] = 'ready', meta: Partial<StoredDocument['meta']> = {}): StoredDocument {
  return {
    id: `doc-${String(number).padStart(3, '0')}`,
    number,
    sha256: String(number),
    fileName: `note-${number}.txt`,
    format: 'text',
    encoding: 'utf-8',
    status,
    error: null,
    meta: { title: null, authors: null, publisher: null, date: null, ...meta },
    warnings: [],
    version: 1,
    createdBy: 'test',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const TEXT = '乌镇来信\n\n乌镇位于桐乡市北端。\n';

describe('uploaded documents in the atlas', () => {
  it('ingests each ready document once; later builds read no text for it', async () => {
    const cache = new UploadedDocumentCache();
    const asked: string[][] = [];
    const readTexts = async (ids: string[]) => {
      asked.push(ids);
      return new Map(ids.map((id) => [id, TEXT]));
    };
    const first = await cache.documents([stored(5), stored(6, 'processing'), stored(7, 'failed')], readTexts, () => {});
    expect(first.map((d) => d.id)).toEqual(['doc-005']);
    const second = await cache.documents([stored(5), stored(6)], readTexts, () => {});
    expect(second.map((d) => d.id)).toEqual(['doc-005', 'doc-006']);
    expect(asked).toEqual([['doc-005'], ['doc-006']]);
    // the passages (and their ids) are the same objects: nothing was ingested again
    expect(second[0].passages).toBe(first[0].passages);
  });

  it("puts the editor's metadata over the text's, and labels an untitled text by its file name", () => {
    const { document } = ingestUploadedText(stored(8), '乌镇位于桐乡市北端。它是一座水乡古镇。\n');
    expect(withStoredMeta(document, stored(8)).title).toBe('note-8.txt');
    const edited = withStoredMeta(document, stored(8, 'ready', { title: '编辑的标题', date: '2024' }));
    expect(edited).toMatchObject({ title: '编辑的标题', date: '2024', sourceFile: '008_upload.txt' });
  });

  it('refuses a text with no passage once repaired, and leaves such a document out of the atlas', async () => {
    expect(() => ingestUploadedText(stored(9), '---\n\n---\n')).toThrow(EmptyDocumentError);
    const errors: string[] = [];
    const documents = await new UploadedDocumentCache().documents([stored(9)], async () => new Map([['doc-009', '---\n']]), (id) => errors.push(id));
    expect(documents).toEqual([]);
    expect(errors).toEqual(['doc-009']);
  });
});
