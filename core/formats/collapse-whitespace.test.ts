import { describe, expect, it } from 'vitest';
import { collapseWhitespace, leadingIndent } from './collapse-whitespace';

describe('collapseWhitespace', () => {
  it('makes one space of a run, and none of a line break between Chinese characters', () => {
    expect(collapseWhitespace('乌镇\n  位于桐乡')).toBe('乌镇位于桐乡');
    expect(collapseWhitespace('乌镇，\n京杭')).toBe('乌镇，京杭');
    expect(collapseWhitespace('World\n  Internet')).toBe('World Internet');
    expect(collapseWhitespace('乌镇\nWIC')).toBe('乌镇 WIC');
    expect(collapseWhitespace('a \t b')).toBe('a b');
  });

  it('keeps no-break and full-width spaces: they are text', () => {
    expect(collapseWhitespace('\u3000\u3000乌镇\u00a0\u00a0x')).toBe('\u3000\u3000乌镇\u00a0\u00a0x');
  });
});

describe('leadingIndent', () => {
  it('counts full-width spaces as two columns, no-break spaces as one, markup spaces as none', () => {
    expect(leadingIndent('\u3000\u3000乌镇')).toBe(4);
    expect(leadingIndent(' \u00a0\u00a0\u00a0\u00a0乌镇')).toBe(4);
    expect(leadingIndent(' 乌镇')).toBe(0);
  });
});
