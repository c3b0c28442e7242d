/**
 * Rankings: 全省第七, 位居全省第三, 第14位, 全国民营铁塔第二位, 同期全球前十, and firsts —
 * 浙江省首个, 全省首批 — which, unlike the others, describe the place named after them.
 */
import type { ClaimDraft } from './claim-draft';
import { parseChineseNumber } from './parse-chinese-number';
import { overlaps, type PassageStructure } from './passage-structure';

const NTH = /(?<scope>同期全球|全球|全国|全省|全市)?第(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?<suffix>位|名)?(?![家个批次届方品大条轮城])/g;
const TOP = /(?<scope>同期全球|全球|全国|全省|全市)?前(?<n>\d{1,3}|[一二三四五六七八九十百]{1,3})(?<suffix>位|名|强)?/g;
const FIRST = /(?<scope>全国|全省|全球|浙江省|浙北|国内)(?<w>首个|首批|首家|首条)/g;

export function findRankings(structure: PassageStructure, taken: ClaimDraft[] = []): ClaimDraft[] {
  const text = structure.comparable;
  const drafts: ClaimDraft[] = [];
  const add = (start: number, end: number, value: number, what: string | null, top: boolean, attach: 'before' | 'after') => {
    if (overlaps([...taken, ...drafts], start, end) || overlaps(structure.passage.damaged, start - 1, end + 1)) return;
    drafts.push({
      start,
      end,
      measure: 'ranking',
      value,
      valueMax: null,
      unit: 'rank',
      qualifier: top ? 'top' : null,
      approx: false,
      what,
      stated: { value: structure.passage.text.slice(start, end), unit: 'rank' },
      attach,
    });
  };

  for (const m of text.matchAll(NTH)) {
    const g = m.groups!;
    // 第二届, 第9次 are ordinals; a ranking says where (全省第七) or that it is a place in a list (第14位)
    if (!g.scope && !g.suffix) continue;
    const n = parseChineseNumber(g.n);
    if (n !== null) add(m.index!, m.index! + m[0].length, n, g.scope ?? null, false, 'before');
  }
  for (const m of text.matchAll(TOP)) {
    const g = m.groups!;
    if (!g.scope && !g.suffix && !text.startsWith('水平', m.index! + m[0].length)) continue;
    const n = parseChineseNumber(g.n);
    if (n !== null) add(m.index!, m.index! + m[0].length, n, g.scope ?? null, true, 'before');
  }
  for (const m of text.matchAll(FIRST)) {
    add(m.index!, m.index! + m[0].length, 1, structure.simplified.slice(m.index!, m.index! + m[0].length), false, 'after');
  }
  return drafts.sort((a, b) => a.start - b.start);
}
