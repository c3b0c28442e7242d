import { describe, expect, it } from 'vitest';
import { isPageBreak, stripPageBreaks } from './strip-page-breaks';
import { splitLines } from './split-lines';

describe('isPageBreak', () => {
  it('knows the markers', () => {
    for (const marker of ['---', ' ----- ', '***', '___', '\f']) expect(isPageBreak(marker)).toBe(true);
  });
  it('does not take text with dashes for a break', () => {
    for (const text of ['--', '2021—2025', '--- 正文', '——', '“乌镇之光”——超算中心']) expect(isPageBreak(text)).toBe(false);
  });
});

describe('stripPageBreaks', () => {
  it('drops the marker and its line breaks, and flags the line after it (doc 000, §二(一))', () => {
    const raw = '是世界互联网大会永久举办地、\n\n---\n\n全球知名旅游目的地。';
    const { lines, count, removed } = stripPageBreaks(splitLines(raw).lines);
    expect(lines.map((line) => [line.text, line.afterPageBreak, line.gapBefore])).toEqual([
      ['是世界互联网大会永久举办地、', false, ''],
      ['全球知名旅游目的地。', true, '\n\n'],
    ]);
    expect(count).toBe(1);
    expect(removed).toBe('\n\n---');
  });

  it('changes nothing when there is no marker, or no line', () => {
    expect(stripPageBreaks([])).toEqual({ lines: [], count: 0, removed: '' });
    expect(stripPageBreaks(splitLines('甲\n乙').lines).count).toBe(0);
  });
});
