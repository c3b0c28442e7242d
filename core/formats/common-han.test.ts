import { describe, expect, it } from 'vitest';
import { everydayHan, plausibility } from './common-han';

describe('everydayHan', () => {
  it('holds GB 2312 level 1 and Big5 frequent characters, derived from the encodings', () => {
    const set = everydayHan();
    for (const ch of '乌镇桐乡运河烏鎮橋規劃') expect(set.has(ch), ch).toBe(true);
    // rare characters stay out: level-2 GB 2312, and characters beyond both tables
    expect(set.has('沭')).toBe(false);
    expect(set.has('𠮷')).toBe(false);
    expect(set.size).toBeGreaterThan(6000);
  });
});

describe('plausibility', () => {
  it('is high for real Chinese and low for text decoded with the wrong table', () => {
    const text = '乌镇位于浙江省桐乡市北端，京杭大运河穿镇而过。';
    expect(plausibility(text).score).toBe(1);
    const big5Misread = new TextDecoder('gb18030').decode(new Uint8Array([0xaf, 0x51, 0xc2, 0xed, 0xa6, 0xec, 0xa9, 0xf3])); // 烏鎮位於 in Big5
    expect(plausibility(big5Misread).score).toBeLessThan(0.6);
  });

  it('ignores ASCII and accented Latin letters, and counts U+FFFD', () => {
    expect(plausibility('GDP 5G xiāng').score).toBe(1);
    expect(plausibility('乌镇\ufffd\ufffd')).toEqual({ score: 0.5, nonAscii: 4, replaced: 2 });
  });
});
