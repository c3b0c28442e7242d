import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../text/script-convert';
import { passage } from '../testing/fixtures';
import { analysePassage, comparableText } from './passage-structure';

describe('analysePassage', () => {
  it('splits sentences at 。！？ and clauses also at ；;', () => {
    const s = analysePassage(passage('doc-t-p000', '甲建成。乙在建；丙规划!丁'));
    const texts = (ranges: { start: number; end: number }[]) => ranges.map((r) => s.passage.text.slice(r.start, r.end));
    expect(texts(s.sentences)).toEqual(['甲建成。', '乙在建；丙规划!', '丁']);
    expect(texts(s.clauses)).toEqual(['甲建成。', '乙在建；', '丙规划!', '丁']);
  });

  it('does not split at a ? inside damaged text', () => {
    const p = { ...passage('doc-t-p000', '趋势?!盀蹑?zhèn)之光建成。'), damaged: [{ start: 2, end: 12 }] };
    expect(analysePassage(p).sentences).toHaveLength(1);
  });

  it('finds quotes and book titles', () => {
    const s = analysePassage(passage('doc-t-p000', '“两个先行”和《五年倍增计划》'));
    expect(s.quotes).toEqual([{ start: 0, end: 6 }]);
    expect(s.bookTitles).toEqual([{ start: 7, end: 15 }]);
  });

  it('makes a comparable copy with the same offsets', () => {
    const text = '烏鎮之光算力ＰＦｌｏｐｓ';
    const comparable = comparableText(text);
    expect(comparable).toBe('乌镇之光算力pflops');
    expect(comparable).toHaveLength(text.length);
  });

  it('folds and lowers one character at a time, whatever the text (the fast paths agree with it)', () => {
    const byCharacter = (text: string) =>
      Array.from(toSimplified(text), (ch) => {
        const folded = /[\uFF01-\uFF5E]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch;
        const lower = folded.toLowerCase();
        return lower.length === folded.length ? lower : folded;
      }).join('');
    const alphabet = ['乌', '鎮', 'W', 'i', 'Ｃ', 'ｃ', '５', 'G', '。', '“', ' ', 'Σ', 'ΟΣ', 'İ', 'ẞ', '\u00C9', '—', '𠀀', 'Ⅻ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(comparableText(text)).toBe(byCharacter(text));
      }),
      { seed: 18, numRuns: 500 },
    );
  });
});
