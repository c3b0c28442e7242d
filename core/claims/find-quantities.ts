/**
 * Figures with a unit or a classifier: 60平方公里左右, 248亿元, 近165亿元, 3-5万元, 1200m², 17%,
 * 5G基站1305个, 三大平台, 八年, 50Mbps, 百亿亿次, 指数达到101.89. Numbers that are names
 * (5G, G60, 320国道), ordinals (第二届), slogans in quotes (“两个先行”) and titles (《…》) are not figures.
 */
import type { ClaimQualifier } from '../../types/atlas';
import type { ClaimDraft } from './claim-draft';
import { classifyMeasure, countedNoun, phraseAfter, phraseBefore, shorten } from './classify-measure';
import { normaliseUnit, type NormalisedValue } from './normalise-unit';
import { parseChineseNumber } from './parse-chinese-number';
import { inside, overlaps, rangeAt, type PassageStructure } from './passage-structure';

const NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+`;
const UNIT = String.raw`平方公里|平方千米|平方米|km²|km2|m²|㎡|m2|公顷|亩|元|%|[kmg]bps|[tpe]flops|亿亿次|g(?![a-z0-9+])|倍|小时|天|年(?!代)|人次|个(?!百分点)|家|名|项|座|条|台|次|届|所|批|场|人|位|大|级`;
const QUANTITY = new RegExp(
  String.raw`(?<pre>约为|大约|约|将近|接近|近|超过|超|逾|突破|不到|不足)?(?<n1>${NUM})(?:(?<sep>[-—–~至])(?<n2>${NUM}))?(?<more>多|余)?(?<mag>万亿|亿亿|万|亿|千)?(?<unit>${UNIT})(?<post>左右|及以上|以上|以内|以下)?`,
  'g',
);
const INDEX = /指数(?:达到|达|为)(?<n>\d+(?:\.\d+)?)/g;

const PRE_QUALIFIERS: Record<string, [ClaimQualifier, boolean]> = {
  约为: ['about', true],
  大约: ['about', true],
  约: ['about', true],
  将近: ['nearly', true],
  接近: ['nearly', true],
  近: ['nearly', true],
  超过: ['over', false],
  超: ['over', false],
  逾: ['over', false],
  突破: ['over', false],
  不到: ['under', false],
  不足: ['under', false],
};
const POST_QUALIFIERS: Record<string, ClaimQualifier> = { 左右: 'about', 及以上: 'at_least', 以上: 'at_least', 以内: 'under', 以下: 'under' };
const COUNT_NOUN_AFTER = new Set(['大', '届', '个', '家', '名', '项', '座', '条', '所', '位', '场', '次', '台', '批']);
/** “两个先行”, “六个一流”: numbers inside a short quotation are slogans, not figures. */
const SLOGAN_MAX = 10;

export function findQuantities(structure: PassageStructure, taken: ClaimDraft[] = []): ClaimDraft[] {
  const text = structure.comparable;
  const drafts: ClaimDraft[] = [];
  const occupied = () => [...taken, ...drafts];

  for (const m of text.matchAll(QUANTITY)) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    const numberStart = start + (g.pre?.length ?? 0);
    if (!isFigure(structure, numberStart, start, end, g.n1, g.unit)) continue;
    if (overlaps(occupied(), start, end)) continue;

    const mag = g.mag ?? '';
    const first = parseChineseNumber(g.n1 + (g.n2 && !/[万亿千]$/.test(g.n1) ? mag : mag));
    const second = g.n2 ? parseChineseNumber(g.n2 + mag) : null;
    if (first === null || (g.n2 && second === null)) continue;
    const normalised = normalise(first, g.unit, text, start);
    if (!normalised) continue;
    const normalisedMax = second !== null ? normalise(second, g.unit, text, start) : null;

    const clause = rangeAt(structure.clauses, start);
    const cut = Math.max(clause.start, ...occupied().filter((d) => d.end <= start && d.start >= clause.start).map((d) => d.end));
    const before = phraseBefore(structure.simplified, cut, start);
    // the words themselves, linking verbs included (同比增长137.1%: 增长 says growth)
    const wordsBefore = text.slice(Math.max(clause.start, start - 12), start);
    const { measure, sign } = g.unit === '级' ? { measure: 'output' as const, sign: 1 as const } : classifyMeasure(normalised.family, wordsBefore);

    let what: string | null;
    if (normalised.family === 'count') {
      const after = COUNT_NOUN_AFTER.has(g.unit) ? phraseAfter(structure.simplified, end, clause.end) : '';
      what = countedNoun(after) ?? countedNoun(before) ?? shorten(after || before, 12) ?? inheritedWhat(drafts, clause.start, measure);
    } else if (normalised.family === 'duration' && text.startsWith('前', end)) {
      what = '年前';
    } else {
      what = shorten(before, 16) ?? inheritedWhat(drafts, clause.start, measure);
    }

    const [qualifier, approx] = qualifierOf(g.pre, g.more, g.post, g.unit);
    drafts.push({
      start,
      end,
      measure,
      value: sign * normalised.value,
      valueMax: normalisedMax ? sign * normalisedMax.value : null,
      unit: normalised.unit,
      qualifier,
      approx,
      what,
      stated: { value: g.n2 ? `${g.n1}${g.sep}${g.n2}${mag}` : `${g.n1}${g.more ?? ''}${mag}`, unit: structure.passage.text.slice(end - g.unit.length - (g.post?.length ?? 0), end - (g.post?.length ?? 0)) },
      attach: 'before',
    });
  }

  for (const m of text.matchAll(INDEX)) {
    const start = m.index! + m[0].length - m.groups!.n.length;
    const end = m.index! + m[0].length;
    if (overlaps(occupied(), start, end) || overlaps(structure.passage.damaged, start - 1, end + 1)) continue;
    const value = Number(m.groups!.n);
    const clause = rangeAt(structure.clauses, start);
    drafts.push({
      start,
      end,
      measure: 'index',
      value,
      valueMax: null,
      unit: 'index',
      qualifier: null,
      approx: false,
      what: shorten(phraseBefore(structure.simplified, clause.start, m.index! + 2), 12),
      stated: { value: m.groups!.n, unit: '' },
      attach: 'before',
    });
  }
  return drafts.sort((a, b) => a.start - b.start);
}

/** Is this match a figure the document states, rather than a name, an ordinal, a slogan or damage? */
function isFigure(structure: PassageStructure, numberStart: number, start: number, end: number, n1: string, unit: string): boolean {
  const text = structure.comparable;
  const previous = text[numberStart - 1] ?? '';
  if (/[a-z0-9./+_-]/.test(previous)) return false; // G60, IPv6, 1+3+1
  if (previous === '第') return false; // 第二届, 第9次: ordinals (rankings have their own finder)
  if (/^[零〇一二两三四五六七八九十百千万亿]+$/.test(n1)) {
    if (n1 === '一') return false; // 一批, 一个个, 一届更比一届好
    if (n1 === '二' && unit === '次') return false; // 二次爆发: "a second", not "two times"
    if (!/[零〇一二两三四五六七八九十]/.test(n1) && n1.length < 2) return false; // 千兆, 万兆, 百花
    if (/[数几上]/.test(previous)) return false; // 数万, 几千, 上万: no number is stated
  }
  if (unit === '大' && /(?:中国|全国|世界|全球)$/.test(text.slice(0, numberStart))) return false; // 中国十大名镇 is a list's name
  if (unit === '年' && /^\d{4}$/.test(n1)) return false; // a year, not a duration
  if (unit === 'g' && !/(?:带宽|速率|速度|出口)/.test(text.slice(Math.max(0, start - 12), start))) return false; // 5G
  if (inside(structure.bookTitles, start)) return false;
  const quote = structure.quotes.find((q) => start >= q.start && end <= q.end);
  if (quote && quote.end - quote.start <= SLOGAN_MAX) return false;
  if (overlaps(structure.passage.damaged, start - 1, end + 1)) return false;
  return true;
}

function normalise(value: number, unit: string, text: string, at: number): NormalisedValue | null {
  // 百亿亿次（E级）: a count of operations this large is a computer's speed
  if (unit === '次' && value >= 1e12) return { value, unit: 'flops', family: 'computing' };
  // 万亿级产业: an industry of the order of a trillion yuan
  if (unit === '级') return value >= 1e8 && /产业|智能/.test(text.slice(at, at + 16)) ? { value, unit: 'CNY', family: 'money' } : null;
  return normaliseUnit(value, unit);
}

function qualifierOf(pre: string | undefined, more: string | undefined, post: string | undefined, unit: string): [ClaimQualifier | null, boolean] {
  const approxWords = Boolean(more) || (pre ? PRE_QUALIFIERS[pre][1] : false) || post === '左右';
  if (post) return [POST_QUALIFIERS[post], approxWords];
  if (unit === '级') return ['order_of', true];
  if (more) return ['over', true];
  if (pre) return [PRE_QUALIFIERS[pre][0], approxWords];
  return [null, false];
}

/** 产值从40多亿元增长到近165亿元: the second figure measures what the first did. */
function inheritedWhat(drafts: ClaimDraft[], clauseStart: number, measure: string): string | null {
  const previous = [...drafts].reverse().find((d) => d.start >= clauseStart && d.measure === measure);
  return previous?.what ?? null;
}
