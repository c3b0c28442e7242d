import { describe, expect, it } from 'vitest';
import { comparableCorpusText, corpusNames } from './corpus-names';

describe('corpusNames', () => {
  it('finds a Simplified name in Traditional text with pinyin annotations (doc 001)', () => {
    expect(corpusNames(['烏鎮(zhèn)實驗室']).has('乌镇实验室')).toBe(true);
  });

  it('joins hard-wrapped lines the way ingestion does (doc 002)', () => {
    expect(comparableCorpusText('建设乌\n\n镇院士智慧谷。')).toBe('建设乌镇院士智慧谷。');
    expect(corpusNames(['建设乌 \n\n 镇院士智慧谷。']).has('乌镇院士智慧谷')).toBe(true);
  });

  it('keeps spaces inside a line, so a spaced name needs its spaced alias', () => {
    const corpus = corpusNames(['320 国道、京杭大运河穿境而过']);
    expect(corpus.has('320 国道')).toBe(true);
    expect(corpus.has('320国道')).toBe(false);
  });

  it('folds full-width brackets and case', () => {
    expect(corpusNames(['S12 申嘉湖（杭）高速公路']).has('s12 申嘉湖(杭)高速公路')).toBe(true);
  });

  it('does not find what is not there', () => {
    expect(corpusNames(['乌镇西栅']).has('东栅')).toBe(false);
  });
});
