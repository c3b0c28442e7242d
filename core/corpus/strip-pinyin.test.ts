import { describe, expect, it } from 'vitest';
import { stripPinyin } from './strip-pinyin';

describe('stripPinyin', () => {
  it('strips annotations after characters (doc 001)', () => {
    expect(stripPinyin('桐鄉(xiāng)市經(jīng)信局')).toEqual({
      text: '桐鄉市經信局',
      count: 2,
      removed: '(xiāng)(jīng)',
      inserted: '',
    });
    expect(stripPinyin('世界互聯(lián)網(wǎng)大會烏鎮(zhèn)峰會').text).toBe('世界互聯網大會烏鎮峰會');
  });

  it('strips an annotation nested inside a real bracket, and keeps the real one', () => {
    expect(stripPinyin('國家互聯(lián)網(wǎng)信息辦公室(以下簡稱“國家網(wǎng)信辦”)').text).toBe(
      '國家互聯網信息辦公室(以下簡稱“國家網信辦”)',
    );
  });

  it('keeps brackets that are not pinyin', () => {
    for (const text of ['企業(yè)CIO(首席信息官)', '縣(市)主城區', '百亿亿次（E 级）', '方案(a)', '條件(de)', 'Wi(fì)']) {
      expect(stripPinyin(text).text).toBe(text.replace('企業(yè)', '企業'));
    }
  });

  it('leaves orphaned fragments of corrupt spans in place', () => {
    expect(stripPinyin('??抵锹?lián)等企業(yè)').text).toBe('??抵锹?lián)等企業');
  });

  it('handles empty input', () => {
    expect(stripPinyin('').count).toBe(0);
  });
});
