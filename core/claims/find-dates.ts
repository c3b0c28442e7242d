/**
 * Dates the text states: 2019年, 2020年11月, 2014年11月19—21日, 2021年1—8月, 2022年底,
 * 从2014年到2021年, 到2025年, 上世纪70年代, “十四五”, and — given the document's date —
 * 今年, 去年, 20年前. Values are ISO 8601 text; a stretch of time has a valueMax.
 */
import type { ClaimQualifier } from '../../types/atlas';
import type { ClaimDraft } from './claim-draft';
import { parseChineseNumber } from './parse-chinese-number';
import { overlaps, type PassageStructure } from './passage-structure';

const ABSOLUTE =
  /(?<pre>截至|截止|自|从|至|到)?(?<y>(?:19|20)\d{2})年(?:(?<m1>\d{1,2})(?:[—–-](?<m2>\d{1,2}))?月(?:(?<d1>\d{1,2})(?:[—–-](?<d2>\d{1,2}))?日)?)?(?<part>底|初|末|上半年|下半年|全年)?(?:(?:到|至|—|-)(?<y2>(?:19|20)\d{2})年)?(?<post>以来)?/g;
const DECADE = /上世纪(?<d>\d0|[一二三四五六七八九]十)年代/g;
const FIVE_YEAR_PLAN = /“?十(?<n>[一二三四五六])五”?(?<post>内|期间|末)?/g;
const RELATIVE = /(?<pre>截至|到)?(?<word>今年|去年|前年|明年)(?<part>上半年|下半年|全年|底)?/g;
const YEARS_AGO = /(?<![\d零〇一二两三四五六七八九十百千])(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})年前/g;

export function findDates(structure: PassageStructure, documentDate: string | null): ClaimDraft[] {
  const text = structure.comparable;
  const damaged = structure.passage.damaged;
  const docYear = documentDate ? Number(documentDate.slice(0, 4)) : null;
  const drafts: ClaimDraft[] = [];
  const add = (start: number, end: number, value: string, valueMax: string | null, qualifier: ClaimQualifier | null, approx = false) => {
    // a date touching corrupt text may have lost a digit (…?014年)
    if (overlaps(damaged, start - 1, end + 1)) return;
    if (drafts.some((d) => start < d.end && end > d.start)) return;
    const stated = structure.passage.text.slice(start, end);
    const modality = qualifier === 'by' && docYear !== null && Number(value.slice(0, 4)) > docYear ? 'target' : undefined;
    drafts.push({
      start,
      end,
      measure: 'date',
      value,
      valueMax,
      unit: 'date',
      qualifier,
      approx,
      what: null,
      stated: { value: stated, unit: 'date' },
      attach: 'before',
      ...(modality ? { modality } : {}),
    });
  };

  for (const m of text.matchAll(ABSOLUTE)) {
    const g = m.groups!;
    const year = g.y;
    let value = year;
    let valueMax: string | null = null;
    if (g.m1) {
      value = `${year}-${pad(g.m1)}`;
      if (g.d1) value += `-${pad(g.d1)}`;
      if (g.m2) valueMax = `${year}-${pad(g.m2)}`;
      else if (g.d2) valueMax = `${year}-${pad(g.m1)}-${pad(g.d2)}`;
    } else if (g.part) {
      [value, valueMax] = partOfYear(Number(year), g.part);
    }
    if (g.y2) valueMax = g.y2;
    add(m.index!, m.index! + m[0].length, value, valueMax, qualifierOf(g.pre, g.post, Boolean(g.y2)));
  }

  for (const m of text.matchAll(DECADE)) {
    const decade = parseChineseNumber(m.groups!.d)!;
    add(m.index!, m.index! + m[0].length, String(1900 + decade), String(1900 + decade + 9), null);
  }

  for (const m of text.matchAll(FIVE_YEAR_PLAN)) {
    // from the third plan (1966–70) on, the n-th five-year plan starts in 1966 + 5(n − 3): 十四五 = 2021–2025
    const n = 10 + parseChineseNumber(m.groups!.n)!;
    const from = 1966 + 5 * (n - 3);
    add(m.index!, m.index! + m[0].length, String(from), String(from + 4), m.groups!.post ? 'by' : null);
  }

  if (docYear !== null) {
    for (const m of text.matchAll(RELATIVE)) {
      const g = m.groups!;
      const year = docYear + { 今年: 0, 去年: -1, 前年: -2, 明年: 1 }[g.word as '今年']!;
      const [value, valueMax] = g.part ? partOfYear(year, g.part) : [String(year), null];
      add(m.index!, m.index! + m[0].length, value, valueMax, g.pre === '截至' ? 'as_of' : g.pre === '到' ? 'by' : null);
    }
    for (const m of text.matchAll(YEARS_AGO)) {
      const n = parseChineseNumber(m.groups!.n);
      // "7000年前" is history, not a date the document's year can anchor
      if (n === null || n > 100) continue;
      add(m.index!, m.index! + m[0].length, String(docYear - n), null, null, true);
    }
  }
  return drafts.sort((a, b) => a.start - b.start);
}

function qualifierOf(pre: string | undefined, post: string | undefined, isStretch: boolean): ClaimQualifier | null {
  if (post === '以来' || (pre === '自' && !isStretch)) return 'since';
  if (pre === '截至' || pre === '截止') return 'as_of';
  if (pre === '到' || pre === '至') return 'by';
  return null;
}

function partOfYear(year: number, part: string): [string, string | null] {
  switch (part) {
    case '底':
    case '末':
      return [`${year}-12`, null];
    case '初':
      return [`${year}-01`, null];
    case '上半年':
      return [`${year}-01`, `${year}-06`];
    case '下半年':
      return [`${year}-07`, `${year}-12`];
    default:
      return [String(year), null];
  }
}

function pad(n: string): string {
  return n.padStart(2, '0');
}
