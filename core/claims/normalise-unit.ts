/**
 * A value and the unit word the text puts after it → the value in the atlas's unit: areas in km²
 * (亩 and m² too), money in yuan, rates in bit/s, computing in operations per second.
 */
import type { ClaimUnit } from '../../types/atlas';

/** Which kind of quantity a unit word measures; the measure itself also depends on the words around it. */
export type UnitFamily = 'area' | 'money' | 'percent' | 'bandwidth' | 'computing' | 'count' | 'multiple' | 'duration';

export interface NormalisedValue {
  value: number;
  unit: ClaimUnit;
  family: UnitFamily;
}

interface UnitRule {
  family: UnitFamily;
  unit: ClaimUnit;
  factor: number;
}

/** 1 亩 = 10000/15 m², so 1500 亩 make a square kilometre. */
const MU_PER_KM2 = 1500;

const UNIT_RULES: Record<string, UnitRule> = {
  平方公里: { family: 'area', unit: 'km2', factor: 1 },
  平方千米: { family: 'area', unit: 'km2', factor: 1 },
  'km²': { family: 'area', unit: 'km2', factor: 1 },
  km2: { family: 'area', unit: 'km2', factor: 1 },
  公顷: { family: 'area', unit: 'km2', factor: 0.01 },
  亩: { family: 'area', unit: 'km2', factor: 1 / MU_PER_KM2 },
  平方米: { family: 'area', unit: 'km2', factor: 1e-6 },
  'm²': { family: 'area', unit: 'km2', factor: 1e-6 },
  '㎡': { family: 'area', unit: 'km2', factor: 1e-6 },
  m2: { family: 'area', unit: 'km2', factor: 1e-6 },
  元: { family: 'money', unit: 'CNY', factor: 1 },
  万元: { family: 'money', unit: 'CNY', factor: 1e4 },
  亿元: { family: 'money', unit: 'CNY', factor: 1e8 },
  万亿元: { family: 'money', unit: 'CNY', factor: 1e12 },
  '%': { family: 'percent', unit: 'percent', factor: 1 },
  '％': { family: 'percent', unit: 'percent', factor: 1 },
  kbps: { family: 'bandwidth', unit: 'bit/s', factor: 1e3 },
  mbps: { family: 'bandwidth', unit: 'bit/s', factor: 1e6 },
  gbps: { family: 'bandwidth', unit: 'bit/s', factor: 1e9 },
  // "出口带宽达1380G": G as the documents use it for a link's capacity is Gbit/s
  g: { family: 'bandwidth', unit: 'bit/s', factor: 1e9 },
  tflops: { family: 'computing', unit: 'flops', factor: 1e12 },
  pflops: { family: 'computing', unit: 'flops', factor: 1e15 },
  eflops: { family: 'computing', unit: 'flops', factor: 1e18 },
  // 亿亿次 = 10^16 operations (per second, as the documents use it for a computer's speed)
  亿亿次: { family: 'computing', unit: 'flops', factor: 1e16 },
  倍: { family: 'multiple', unit: 'times', factor: 1 },
  年: { family: 'duration', unit: 'year', factor: 1 },
  天: { family: 'duration', unit: 'day', factor: 1 },
  小时: { family: 'duration', unit: 'hour', factor: 1 },
};

/** Classifiers (量词) that count things: 15个项目, 院士30名, 五届大会, and 大 of 三大平台. */
export const COUNT_CLASSIFIERS = ['人次', '个', '家', '名', '项', '座', '条', '台', '次', '届', '所', '批', '场', '人', '位', '大'] as const;

export function normaliseUnit(value: number, unitText: string): NormalisedValue | null {
  const key = /^[a-z]/i.test(unitText) ? unitText.toLowerCase() : unitText;
  const rule = UNIT_RULES[key];
  if (rule) return { value: round(value * rule.factor), unit: rule.unit, family: rule.family };
  if ((COUNT_CLASSIFIERS as readonly string[]).includes(unitText)) return { value, unit: 'count', family: 'count' };
  return null;
}

/** Keeps float noise (0.0012000000000000001) out of the served values. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}
