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
  it('knows a page number on a line of its own, as PDF and Word exports leave it', () => {
    for (const marker of ['- 3 -', '—12—', '－ 3 －', '– 7 –', '第3页', '第 3 页 共 12 页', '第3页/共12页', '3/12', ' 3 / 12 ', 'Page 3', 'page 3 of 12']) {
      expect(isPageBreak(marker), marker).toBe(true);
    }
  });
  it('leaves numbers that may be text: a bare figure, a date, a range, a numbered heading', () => {
    for (const text of ['3', '2024', '2024/3/12', '3-12', '第三页', '一、总体要求', '第3章', '- 3 - 4 -', '12%', '60平方公里']) {
      expect(isPageBreak(text), text).toBe(false);
    }
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
