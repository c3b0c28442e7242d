import { describe, expect, it } from 'vitest';
import { searchForm, toSimplified, traditionalVariants } from './script-convert';

describe('script conversion', () => {
  it('turns the Traditional forms of doc 001 into Simplified', () => {
    expect(toSimplified('烏鎮之光')).toBe('乌镇之光');
    expect(toSimplified('世界互聯網大會烏鎮峰會')).toBe('世界互联网大会乌镇峰会');
  });

  it('keeps offsets: the output has the length of the input', () => {
    const text = '桐鄉(xiāng)市經信局，這一承接世界互聯網大會';
    expect(toSimplified(text)).toHaveLength(text.length);
  });

  it('generates Traditional variants of a Simplified name', () => {
    expect(traditionalVariants('乌镇实验室')).toContain('烏鎮實驗室');
    expect(traditionalVariants('abc')).toEqual([]);
  });

  it('folds full-width letters and case for search', () => {
    expect(searchForm('ＷＩＣＣ 烏鎮')).toBe('wicc 乌镇');
  });
});
