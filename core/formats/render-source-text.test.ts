import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../corpus/ingest-document';
import { renderSourceText } from './render-source-text';
import type { TextBlock } from './text-block';

const blocks: TextBlock[] = [
  { kind: 'heading', level: 1, lines: [{ text: '乌镇规划' }] },
  { kind: 'paragraph', lines: [{ text: '乌镇位于桐乡市北端，京杭大' }, { text: '运河穿镇而过。' }] },
  { kind: 'heading', level: 9, lines: [{ text: '一、交通', pageStart: true }] },
  { kind: 'paragraph', lines: [{ text: '沪杭高铁桐乡站距乌镇' }, { text: '约25分钟车程。', pageStart: true }] },
];

describe('renderSourceText', () => {
  it('writes the corpus source shape: # headings, lines, blank lines between blocks, --- at page starts', () => {
    expect(renderSourceText(blocks, { markParagraphEnds: false })).toBe(
      '# 乌镇规划\n\n乌镇位于桐乡市北端，京杭大\n运河穿镇而过。\n\n---\n\n###### 一、交通\n\n沪杭高铁桐乡站距乌镇\n---\n约25分钟车程。\n',
    );
  });

  it('marks each block end with a trailing space when asked', () => {
    const text = renderSourceText(blocks, { markParagraphEnds: true });
    expect(text.split('\n').filter((line) => line.endsWith(' '))).toEqual(['# 乌镇规划 ', '运河穿镇而过。 ', '###### 一、交通 ', '约25分钟车程。 ']);
  });

  it('keeps line structure safe: no control characters or stray line breaks inside a line', () => {
    const text = renderSourceText([{ kind: 'paragraph', lines: [{ text: '甲\r\n乙\u0007丙\u2028丁' }, { text: '  ' }] }], { markParagraphEnds: false });
    expect(text).toBe('甲 乙丙丁\n');
  });

  it('is empty for no text', () => {
    expect(renderSourceText([{ kind: 'paragraph', lines: [{ text: ' ' }] }], { markParagraphEnds: true })).toBe('');
  });

  it('gives the corpus ingestion paragraphs joined across wraps and page breaks, headings as headings', () => {
    const passages = ingestDocument('900_render.txt', renderSourceText(blocks, { markParagraphEnds: true }), {}).document.passages;
    expect(passages.map(({ kind, text }) => [kind, text])).toEqual([
      ['title', '乌镇规划'],
      ['paragraph', '乌镇位于桐乡市北端，京杭大运河穿镇而过。'],
      ['heading', '一、交通'],
      ['paragraph', '沪杭高铁桐乡站距乌镇约25分钟车程。'],
    ]);
  });
});
