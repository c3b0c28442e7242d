import { describe, expect, it } from 'vitest';
import { splitLines } from './split-lines';

function rebuild(raw: string): string {
  const { lines, trailingGap } = splitLines(raw);
  return lines.map((line) => line.gapBefore + line.text).join('') + trailingGap;
}

describe('splitLines', () => {
  it('keeps non-blank lines with their numbers and the blank lines before them', () => {
    const { lines, trailingGap } = splitLines('\n\n标题\n\n\n\n图片说明 \n正文。');
    expect(lines).toEqual([
      { lineNo: 3, text: '标题', gapBefore: '\n\n', blankLinesBefore: 2 },
      { lineNo: 7, text: '图片说明 ', gapBefore: '\n\n\n\n', blankLinesBefore: 3 },
      { lineNo: 8, text: '正文。', gapBefore: '\n', blankLinesBefore: 0 },
    ]);
    expect(trailingGap).toBe('');
  });

  it('treats whitespace-only lines as blank and keeps their spaces in the gap', () => {
    const { lines, trailingGap } = splitLines('甲\n   \n乙\n\n');
    expect(lines[1]).toEqual({ lineNo: 3, text: '乙', gapBefore: '\n   \n', blankLinesBefore: 1 });
    expect(trailingGap).toBe('\n\n');
  });

  it('handles CRLF and CR line breaks', () => {
    expect(splitLines('甲\r\n乙\r丙').lines.map((line) => line.text)).toEqual(['甲', '乙', '丙']);
  });

  it('gives back the source exactly', () => {
    for (const raw of ['', '\n', '甲', ' 甲 \n\n乙\r\n\r\n  \n丙\n', '\n\n# 标题\n\n---\n\n正文']) {
      expect(rebuild(raw)).toBe(raw);
    }
  });

  it('returns no lines for empty or blank input', () => {
    expect(splitLines('').lines).toEqual([]);
    expect(splitLines(' \n\t\n').lines).toEqual([]);
  });
});
