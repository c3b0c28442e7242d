import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../corpus/ingest-document';
import { corpusNames } from './corpus-names';

const passagesOf = (raw: string) => ingestDocument('009_test.txt', raw, {}).document.passages;

describe('corpusNames', () => {
  it('finds a Simplified name in Traditional text whose pinyin annotations ingestion removed (doc 001)', () => {
    expect(corpusNames(passagesOf('烏鎮(zhèn)實驗室成立。')).has('乌镇实验室')).toBe(true);
  });

  it('finds a name across a hard wrap ingestion joined (doc 002)', () => {
    const wrapped =
      '乌镇发展规划\n\n争取国家和省里优先在乌镇布局和建设国家（省级）大数据实验室、制造业创新中心等，建设乌\n\n镇院士智慧谷。积极吸引大院名校到乌镇建立互联网分校。\n';
    expect(corpusNames(passagesOf(wrapped)).has('乌镇院士智慧谷')).toBe(true);
  });

  it('folds full-width brackets and case', () => {
    expect(corpusNames([{ text: 'S12申嘉湖（杭）高速公路' }]).has('s12申嘉湖(杭)高速公路')).toBe(true);
  });

  it('does not find a name across two passages, nor what is not there', () => {
    const corpus = corpusNames([{ text: '乌镇西栅' }, { text: '景区' }]);
    expect(corpus.has('西栅景区')).toBe(false);
    expect(corpus.has('东栅')).toBe(false);
  });
});
