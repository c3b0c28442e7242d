import { describe, expect, it } from 'vitest';
import { formatKm, formatKm2, formatMinutes } from './format-units';

describe('unit formatting', () => {
  it('writes kilometres, metres under one', () => {
    expect(formatKm(56.61, 'en')).toBe('56.6 km');
    expect(formatKm(133.33, 'zh')).toBe('133 公里');
    expect(formatKm(0.42, 'en')).toBe('420 m');
    expect(formatKm(30, 'en')).toBe('30 km');
  });

  it('writes square kilometres', () => {
    expect(formatKm2(59.93, 'en')).toBe('59.9 km²');
    expect(formatKm2(2.5, 'zh')).toBe('2.50 平方公里');
  });

  it('writes hours and minutes', () => {
    expect(formatMinutes(59.2, 'en')).toBe('59 min');
    expect(formatMinutes(119, 'en')).toBe('1 h 59 min');
    expect(formatMinutes(120, 'zh')).toBe('2 小时');
    expect(formatMinutes(89.4, 'zh')).toBe('1 小时 29 分');
  });
});
