import { describe, expect, it } from 'vitest';
import { isPinyinQuery, matchPinyin, pinyinKey, pinyinName } from './pinyin-names';

describe('pinyinName', () => {
  it('reads a name as toneless syllables, one per character', () => {
    expect(pinyinName('乌镇之光')).toMatchObject({ syllables: ['wu', 'zhen', 'zhi', 'guang'], joined: 'wuzhenzhiguang', initials: 'wzzg' });
    expect(pinyinName('G60沪昆高速公路')?.joined).toBe('g60hukungaosugonglu');
    expect(pinyinName('创“芯”谷')?.syllables).toEqual(['chuang', '', 'xin', '', 'gu']);
  });

  it('fixes readings the package gets wrong in place names (西栅 is xizha)', () => {
    expect(pinyinName('乌镇西栅景区')?.joined).toBe('wuzhenxizhajingqu');
  });

  it('folds ü and v alike, and has no reading for names without Han characters', () => {
    expect(pinyinName('绿色')?.joined).toBe('luse');
    expect(pinyinName('WICC')).toBeNull();
  });
});

describe('pinyinKey and matchPinyin', () => {
  const light = pinyinName('乌镇之光')!;

  it('folds tone marks, case, spaces and apostrophes', () => {
    expect(pinyinKey("Wū Zhèn zhi'guāng")).toBe('wuzhenzhiguang');
    expect(pinyinKey('lǜ lv')).toBe('lulu');
    expect(isPinyinQuery('wuzhen')).toBe(true);
    expect(isPinyinQuery('g60')).toBe(false);
    expect(isPinyinQuery('w')).toBe(false);
  });

  it('matches from syllable boundaries and spells out whole syllables', () => {
    expect(matchPinyin('wuzhenzhiguang', light)).toMatchObject({ kind: 'exact', chinese: '乌镇之光' });
    expect(matchPinyin('wuzhen', light)).toMatchObject({ kind: 'prefix', chinese: '乌镇' });
    expect(matchPinyin('wuzh', light)).toMatchObject({ kind: 'prefix', chinese: null });
    expect(matchPinyin('zhiguang', light)).toMatchObject({ kind: 'inner', chinese: '之光' });
    expect(matchPinyin('wzzg', light)).toMatchObject({ kind: 'initials' });
    expect(matchPinyin('henzhi', light)).toBeNull();
    expect(matchPinyin('tongxiang', light)).toBeNull();
  });
});
