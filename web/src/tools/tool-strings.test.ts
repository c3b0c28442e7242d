import { describe, expect, it } from 'vitest';
import { TOOL_STRINGS, fill } from './tool-strings';

describe('tool strings', () => {
  it('says everything in both languages', () => {
    expect(Object.keys(TOOL_STRINGS.en).sort()).toEqual(Object.keys(TOOL_STRINGS.zh).sort());
    for (const lang of ['zh', 'en'] as const) for (const [key, text] of Object.entries(TOOL_STRINGS[lang])) expect(text.trim(), `${lang}.${key}`).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(TOOL_STRINGS.zh) as (keyof typeof TOOL_STRINGS.zh)[]) expect(holes(TOOL_STRINGS.en[key]), key).toEqual(holes(TOOL_STRINGS.zh[key]));
  });

  it('gives the four tools distinct button names', () => {
    for (const lang of ['zh', 'en'] as const) {
      const t = TOOL_STRINGS[lang];
      expect(new Set([t.measureTool, t.reachTool, t.zoneTool, t.printTool]).size).toBe(4);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('第 {n} 段', { n: 2 })).toBe('第 2 段');
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });
});
