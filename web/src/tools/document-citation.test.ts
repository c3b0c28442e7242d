import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../types/atlas';
import { documentCitation } from './document-citation';

describe('documentCitation', () => {
  it('cites by title and what the document gives, leaving out what it does not', () => {
    expect(documentCitation({ title: '标题', authors: ['甲', '乙'], publisher: null, date: '2019' })).toBe('标题 — 甲、乙, 2019');
    expect(documentCitation({ title: '标题', authors: [], publisher: null, date: null })).toBe('标题');
  });

  it('never names the file a document came from (issue 16: 001_b7f580bae3a4f713.txt on the PNG)', () => {
    const doc: DocumentMeta = {
      id: 'doc-001', title: '桐乡：借势世界互联网大会', authors: [], publisher: '桐乡市经信局', date: '2021', language: 'zh', script: 'Hant',
      sourceFile: '001_b7f580bae3a4f713.txt', passageCount: 30,
    };
    expect(documentCitation(doc)).toBe('桐乡：借势世界互联网大会 — 桐乡市经信局, 2021');
  });
});
