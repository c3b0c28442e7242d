import { describe, expect, it } from 'vitest';
import { CuratedLinesNotFoundError, MetadataConflictError, SourceFileNameError } from './corpus-errors';
import { ingestDocument } from './ingest-document';

describe('ingestDocument', () => {
  it('turns an empty file into a document without passages, labelled by its file name', () => {
    const { document, report } = ingestDocument('007_empty.txt', '', {});
    expect(document).toMatchObject({ id: 'doc-007', title: '007_empty.txt', authors: [], passageCount: 0, passages: [], script: 'Hans' });
    expect(report).toMatchObject({ sourceChars: 0, outputChars: 0, damaged: [] });
  });

  it('accounts for the line breaks of a blank file', () => {
    const { document, report } = ingestDocument('007_blank.txt', '\n \n\n', {});
    expect(document.passages).toEqual([]);
    expect(report.repairs['separate-passages'].removed).toBe(4);
  });

  it('ingests a small newspaper piece end to end', () => {
    const raw = '乌镇:打造金名片 迎接大会\n2022-07-13 09:59:34 来源: 浙江日报\n\n一场盛会,让世界目光聚焦乌镇。(张三 李四)';
    const { document, report } = ingestDocument('009_news.txt', raw, {});
    expect(document.passages.map((p) => [p.id, p.kind, p.text])).toEqual([
      ['doc-009-p000', 'title', '乌镇:打造金名片 迎接大会'],
      ['doc-009-p001', 'meta', '2022-07-13 09:59:34 来源: 浙江日报'],
      ['doc-009-p002', 'paragraph', '一场盛会,让世界目光聚焦乌镇。'],
      ['doc-009-p003', 'byline', '张三 李四'],
    ]);
    expect(document).toMatchObject({ title: '乌镇:打造金名片 迎接大会', authors: ['张三', '李四'], publisher: '浙江日报', date: '2022-07-13' });
    expect(report.repairs['split-trailing-byline']).toMatchObject({ count: 1, removedText: '()' });
  });

  it('drops a Word export\'s page number and mends the sentence it cut', () => {
    const raw = '通报\n\n　　下一步，将依托乌镇互联网国际会展中心和世界互联网大会\n\n- 3 -\n\n永久会址，谋划建设运河数字文化展示馆。\n';
    const { document, report } = ingestDocument('009_report.txt', raw, {});
    expect(document.passages.map((p) => p.text)).toEqual(['通报', '下一步，将依托乌镇互联网国际会展中心和世界互联网大会永久会址，谋划建设运河数字文化展示馆。']);
    expect(report.repairs['strip-page-breaks']).toMatchObject({ count: 1 });
  });

  it('fails, naming the file, on stale curation data and on a misnamed file', () => {
    const raw = '乌镇:打造金名片\n2022-07-13 来源: 浙江日报\n\n正文。';
    expect(() => ingestDocument('009_news.txt', raw, { date: { value: '2021', source: 'wrong' } })).toThrow(MetadataConflictError);
    expect(() => ingestDocument('009_news.txt', raw, { blocks: [{ lines: ['没有这一行'], kind: 'meta', source: 'x' }] })).toThrow(
      CuratedLinesNotFoundError,
    );
    expect(() => ingestDocument('news.txt', raw, {})).toThrow(SourceFileNameError);
  });
});
