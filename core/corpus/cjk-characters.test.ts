import { describe, expect, it } from 'vitest';
import { isAsciiAlphanumeric, isCjk, isCjkPunctuation, isHan, isKana } from './cjk-characters';

describe('character classes', () => {
  it('tells Han from punctuation, kana and Latin', () => {
    expect(isHan('镇')).toBe(true);
    expect(isHan('鎮')).toBe(true);
    expect(isHan('，')).toBe(false);
    expect(isCjkPunctuation('，')).toBe(true);
    expect(isCjkPunctuation('“')).toBe(true);
    expect(isCjkPunctuation(',')).toBe(false);
    expect(isKana('ヂ')).toBe(true);
    expect(isKana('镇')).toBe(false);
    expect(isCjk('、')).toBe(true);
    expect(isCjk('G')).toBe(false);
    expect(isAsciiAlphanumeric('G')).toBe(true);
    expect(isAsciiAlphanumeric('５')).toBe(false);
  });

  it('answers false for a missing character (text edges)', () => {
    expect(isHan(undefined)).toBe(false);
    expect(isCjk(undefined)).toBe(false);
    expect(isKana(undefined)).toBe(false);
    expect(isAsciiAlphanumeric(undefined)).toBe(false);
  });
});
