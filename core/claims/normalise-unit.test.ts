import { describe, expect, it } from 'vitest';
import { normaliseUnit } from './normalise-unit';

describe('normaliseUnit', () => {
  it('keeps km² and turns m², 亩 and 公顷 into km²', () => {
    expect(normaliseUnit(60, '平方公里')).toEqual({ value: 60, unit: 'km2', family: 'area' });
    expect(normaliseUnit(60, 'km²')).toEqual({ value: 60, unit: 'km2', family: 'area' });
    expect(normaliseUnit(1200, 'm²')).toEqual({ value: 0.0012, unit: 'km2', family: 'area' });
    expect(normaliseUnit(1500, '亩')).toEqual({ value: 1, unit: 'km2', family: 'area' });
    expect(normaliseUnit(3000, '亩')!.value).toBe(2);
    expect(normaliseUnit(50, '公顷')!.value).toBe(0.5);
  });

  it('turns 元, 万元 and 亿元 into yuan', () => {
    expect(normaliseUnit(2.48e10, '元')).toEqual({ value: 2.48e10, unit: 'CNY', family: 'money' });
    expect(normaliseUnit(3, '万元')!.value).toBe(30000);
    expect(normaliseUnit(12, '亿元')!.value).toBe(1.2e9);
    expect(normaliseUnit(1, '万亿元')!.value).toBe(1e12);
  });

  it('turns link speeds into bit/s, case-insensitively, and 亿亿次 into flops', () => {
    expect(normaliseUnit(50, 'Mbps')).toEqual({ value: 5e7, unit: 'bit/s', family: 'bandwidth' });
    expect(normaliseUnit(2.73, 'Gbps')!.value).toBe(2.73e9);
    expect(normaliseUnit(1380, 'G')!.value).toBe(1.38e12);
    expect(normaliseUnit(100, '亿亿次')).toEqual({ value: 1e18, unit: 'flops', family: 'computing' });
    expect(normaliseUnit(1, 'PFlops')!.value).toBe(1e15);
  });

  it('counts with classifiers and knows percentages, multiples and durations', () => {
    expect(normaliseUnit(15, '个')).toEqual({ value: 15, unit: 'count', family: 'count' });
    expect(normaliseUnit(46, '名')!.unit).toBe('count');
    expect(normaliseUnit(17, '%')).toEqual({ value: 17, unit: 'percent', family: 'percent' });
    expect(normaliseUnit(3, '倍')!.unit).toBe('times');
    expect(normaliseUnit(8, '年')).toEqual({ value: 8, unit: 'year', family: 'duration' });
    expect(normaliseUnit(2, '小时')!.unit).toBe('hour');
  });

  it('answers null for words that are not units', () => {
    expect(normaliseUnit(5, 'G网络')).toBeNull();
    expect(normaliseUnit(320, '国道')).toBeNull();
  });
});
