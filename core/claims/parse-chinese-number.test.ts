import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from './parse-chinese-number';

describe('parseChineseNumber', () => {
  it.each([
    ['248', 248],
    ['26.87', 26.87],
    ['10,000', 10000],
    ['八', 8],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['三十五', 35],
    ['五百', 500],
    ['两千', 2000],
    ['一百零五', 105],
    ['二〇二二', 2022],
    ['1.8万', 18000],
    ['5000亿', 5e11],
    ['248亿', 2.48e10],
    ['2万', 20000],
    ['万亿', 1e12],
    ['百亿亿', 1e18],
    ['三亿五千万', 3.5e8],
    ['十万', 1e5],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumber(text)).toBeCloseTo(value, 6);
  });

  it.each(['', 'abc', '5G', '几千', '数万', '1.2.3'])('rejects %j', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});
