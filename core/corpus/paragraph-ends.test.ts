import { describe, expect, it } from 'vitest';
import { detectParagraphEndConvention, endsParagraph, endsWithClosingPunctuation } from './paragraph-ends';

describe('endsWithClosingPunctuation', () => {
  it('accepts sentence-final marks, with closing quotes after them', () => {
    for (const text of ['全覆盖。', '“走出去，用起来”。', '意味着什么?', '“神经末梢”……', '存在不少短板：', '“来过,便不曾离开。”']) {
      expect(endsWithClosingPunctuation(text)).toBe(true);
    }
  });
  it('rejects text that stops mid-sentence', () => {
    for (const text of ['永久举办地、', '老板电器等在', '建立智能驾驶、', '从“IP”到“应用”', '']) {
      expect(endsWithClosingPunctuation(text)).toBe(false);
    }
  });
});

describe('paragraph end conventions', () => {
  const thresholds = { minShare: 0.2, minMarkedBlockEnds: 0.9, minWrappedBlocks: 2 };

  it('reads a document as trailing-space marked only when enough lines have it', () => {
    const marked = [{ trailingSpace: true }, { trailingSpace: false }, { trailingSpace: false }];
    expect(detectParagraphEndConvention(marked, thresholds)).toBe('trailing-space');
    expect(detectParagraphEndConvention([{ trailingSpace: false }, ...marked.slice(1)], thresholds)).toBe('punctuation');
    expect(detectParagraphEndConvention([], thresholds)).toBe('punctuation');
  });

  /** Blocks set apart by blank lines, `size` lines each, the last marked unless `unmarked` says otherwise. */
  const blocks = (sizes: number[], mark: (block: number, line: number, size: number) => boolean = (_b, line, size) => line === size - 1) =>
    sizes.flatMap((size, b) => Array.from({ length: size }, (_, line) => ({ trailingSpace: mark(b, line, size), blankLinesBefore: line === 0 && b > 0 ? 1 : 0 })));

  it('reads long wrapped paragraphs as marked when every block ends on the mark (a narrow Word column: 1 line in 10)', () => {
    const narrow = blocks([10, 12, 9, 11, 10]);
    expect(narrow.filter((line) => line.trailingSpace).length / narrow.length).toBeLessThan(0.2);
    expect(detectParagraphEndConvention(narrow, thresholds)).toBe('trailing-space');
  });

  it('does not for stray trailing spaces: inside a block, at few block ends, or without wrapped blocks', () => {
    const inside = blocks([10, 12, 9, 11, 10], (b, line, size) => line === size - 1 || (b === 2 && line === 4));
    expect(detectParagraphEndConvention(inside, thresholds)).toBe('punctuation');
    const fewEnds = blocks([10, 12, 9, 11, 10], (b, line, size) => line === size - 1 && b < 3);
    expect(detectParagraphEndConvention(fewEnds, thresholds)).toBe('punctuation');
    // one paragraph per line, one line in ten with a stray space: no wrap to go by
    const single = blocks(Array.from({ length: 20 }, () => 1), (b) => b % 10 === 0);
    expect(detectParagraphEndConvention(single, thresholds)).toBe('punctuation');
  });

  it('under the punctuation convention, a cut line does not end its paragraph (doc 004)', () => {
    expect(endsParagraph({ text: '已服务包括一汽集团、首钢集团、浙江中烟、老板电器等在', trailingSpace: false }, 'punctuation')).toBe(false);
    expect(endsParagraph({ text: '贡献更多数字经济力量。(黄丽丽 沈林中 刘丽佳)', trailingSpace: false }, 'punctuation')).toBe(true);
  });

  it('under the trailing-space convention, only the space counts (doc 002, a 。 at a wrap)', () => {
    const wrapped = '积极吸引国内外大型互联网企业总部或分支机构落户乌镇，建立健全国内外大型会议、论坛、赛事等在乌镇举办的常态化机制。';
    expect(endsParagraph({ text: wrapped, trailingSpace: false }, 'trailing-space')).toBe(false);
    expect(endsParagraph({ text: '资源充足。', trailingSpace: true }, 'trailing-space')).toBe(true);
  });
});
