import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../types/atlas';
import { formatClaimValue, formatDocumentDate, formatIsoDate } from './format-claim';

const v = (value: Claim['value'], unit: Claim['unit'], extra: Partial<Claim> = {}) => ({ value, valueMax: null, unit, qualifier: null, ...extra });

describe('formatClaimValue', () => {
  it('writes money in 亿元 and in CNY billions', () => {
    expect(formatClaimValue(v(2.48e10, 'CNY'), 'zh')).toBe('248亿元');
    expect(formatClaimValue(v(2.48e10, 'CNY'), 'en')).toBe('CNY 24.8 bn');
    expect(formatClaimValue(v(1e12, 'CNY', { qualifier: 'over' }), 'zh')).toBe('超过1万亿元');
    expect(formatClaimValue(v(30000, 'CNY', { valueMax: 50000 }), 'zh')).toBe('3–5万元');
  });

  it('writes areas in km², small ones in m², with their qualifier', () => {
    expect(formatClaimValue(v(60, 'km2', { qualifier: 'about' }), 'zh')).toBe('约60 km²');
    expect(formatClaimValue(v(60, 'km2', { qualifier: 'about' }), 'en')).toBe('about 60 km²');
    expect(formatClaimValue(v(0.0012, 'km2'), 'en')).toBe('1,200 m²');
  });

  it('writes counts, shares, falls, rankings, speeds and statuses', () => {
    expect(formatClaimValue(v(1.1e7, 'count'), 'zh')).toBe('1100万');
    expect(formatClaimValue(v(1.1e7, 'count'), 'en')).toBe('11,000,000');
    expect(formatClaimValue(v(1.35e11, 'CNY', { qualifier: 'at_least' }), 'zh')).toBe('1350亿元以上');
    expect(formatClaimValue(v(-50, 'percent'), 'en')).toBe('−50%');
    expect(formatClaimValue(v(10, 'rank', { qualifier: 'top' }), 'zh')).toBe('前10');
    expect(formatClaimValue(v(7, 'rank'), 'en')).toBe('No. 7');
    expect(formatClaimValue(v(1e18, 'flops'), 'en')).toBe('1 EFLOPS');
    expect(formatClaimValue(v(1.38e12, 'bit/s'), 'en')).toBe('1.38 Tbit/s');
    expect(formatClaimValue(v('under_construction', 'status'), 'zh')).toBe('在建');
    expect(formatClaimValue(v('existing', 'status'), 'en')).toBe('Existing');
  });

  it('writes dates and stretches of time', () => {
    expect(formatClaimValue(v('2020-11', 'date'), 'zh')).toBe('2020年11月');
    expect(formatClaimValue(v('2021', 'date', { valueMax: '2025', qualifier: 'by' }), 'en')).toBe('by 2021–2025');
    expect(formatIsoDate('2021-01/2021-08', 'zh')).toBe('2021年1—8月');
    expect(formatIsoDate('2021-01/2021-08', 'en')).toBe('Jan–Aug 2021');
    expect(formatIsoDate('2014-11-19/2014-11-21', 'en')).toBe('19–21 Nov 2014');
  });
});

describe('formatDocumentDate', () => {
  it('says when a document is undated, and what it cannot predate', () => {
    expect(formatDocumentDate('2022-07-13', null, 'zh')).toBe('2022年7月13日');
    expect(formatDocumentDate(null, '2020', 'en')).toBe('undated (not before 2020)');
    expect(formatDocumentDate(null, null, 'zh')).toBe('未注明日期');
  });
});
