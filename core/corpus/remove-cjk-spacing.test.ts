import { describe, expect, it } from 'vitest';
import { removeCjkSpacing } from './remove-cjk-spacing';

describe('removeCjkSpacing', () => {
  it('removes stray spaces around numbers (doc 002)', () => {
    expect(removeCjkSpacing('在 2016 年第二届世界互联网大会·乌镇峰会上')).toEqual({
      text: '在2016年第二届世界互联网大会·乌镇峰会上',
      count: 2,
      removed: '  ',
      inserted: '',
    });
    expect(removeCjkSpacing('全镇共有5400 多个免费开放的 WIFI 点位').text).toBe('全镇共有5400多个免费开放的WIFI点位');
  });

  it('removes spacing around Latin terms and after superscripts (doc 000)', () => {
    expect(removeCjkSpacing('建设面积 1200m² 的全球路演中心').text).toBe('建设面积1200m²的全球路演中心');
    expect(removeCjkSpacing('扎实推进百亿亿次（E 级）及以上').text).toBe('扎实推进百亿亿次（E级）及以上');
    expect(removeCjkSpacing('受聘“进家”院士 30 名').text).toBe('受聘“进家”院士30名');
  });

  it('keeps spaces between Latin words and numbers', () => {
    for (const text of ['World Internet Conference', '版本 2.0 beta'.replace('版本 ', ''), 'G60 S12', '']) {
      expect(removeCjkSpacing(text).count).toBe(0);
    }
    expect(removeCjkSpacing('依托 Hello World 平台').text).toBe('依托Hello World平台');
  });
});
