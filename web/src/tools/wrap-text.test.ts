import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text';

const monospace = (s: string) => s.length;

describe('wrapText', () => {
  it('keeps Latin words whole', () => {
    expect(wrapText('the quick brown fox jumps', 10, monospace)).toEqual(['the quick', 'brown fox', 'jumps']);
  });

  it('breaks Chinese between any two characters', () => {
    expect(wrapText('嘉湖一体化合作先行区', 4, monospace)).toEqual(['嘉湖一体', '化合作先', '行区']);
  });

  it('handles mixed text, and gives nothing for empty text', () => {
    expect(wrapText('乌镇 Wuzhen Atlas', 9, monospace)).toEqual(['乌镇 Wuzhen', 'Atlas']);
    expect(wrapText('', 10, monospace)).toEqual([]);
  });
});
