/**
 * Ranks passages for a query over the bigram index. Each term (space-separated part of the query)
 * must match, as an exact phrase or — for Chinese — by enough of its bigrams (互联网产业园建设 finds a
 * passage on 互联网 … 产业园 … 建设). Passages that hold more terms as exact phrases rank first; then
 * by a BM25-like score (rare bigrams weigh more), favouring titles and short passages.
 */
import type { Passage, TextRange } from '../../types/atlas';
import { bigramsOf, type IndexedPassage, type PassageIndex } from './passage-index';

export const PASSAGE_SEARCH = {
  /** share of a term's bigrams a passage must hold when the term is not there whole */
  minCoverage: 0.5,
  /** a partial match scores this much of an exact one, times its share of the bigrams and of their IDF */
  partialWeight: 0.5,
  /** most highlighted ranges reported per passage */
  maxRanges: 40,
  kindWeight: { title: 3, heading: 2, paragraph: 1, caption: 1, byline: 0.5, meta: 0.5 } as Record<Passage['kind'], number>,
};

/** One required part of a query; it matches when any alternative does (乌镇 for `wuzhen`). */
export interface QueryTerm {
  alternatives: string[];
}

export interface PassageMatch {
  passage: Passage;
  score: number;
  /** how many terms the passage holds as exact phrases (the first sort key) */
  exactTerms: number;
  /** the best match: the first exact phrase, else the longest run of matching bigrams */
  start: number;
  end: number;
  /** every matched range, merged, in order */
  matches: TextRange[];
}

interface TermMatch {
  score: number;
  exact: boolean;
  ranges: TextRange[];
}

const HAN = /\p{Script=Han}/u;

export function searchPassages(index: PassageIndex, terms: QueryTerm[]): PassageMatch[] {
  if (terms.length === 0) return [];
  const plans = terms.map((term) => term.alternatives.map((text) => planAlternative(index, text)));
  const results: PassageMatch[] = [];
  for (const position of candidatePositions(index, plans)) {
    const entry = index.passages[position];
    let score = 0;
    let exactTerms = 0;
    const ranges: TextRange[] = [];
    const exactRanges: TextRange[] = [];
    let matchedAll = true;
    for (const alternatives of plans) {
      let best: TermMatch | null = null;
      for (const plan of alternatives) {
        const match = matchAlternative(entry, plan);
        if (match && (!best || isBetter(match, best))) best = match;
      }
      if (!best) {
        matchedAll = false;
        break;
      }
      score += best.score;
      if (best.exact) {
        exactTerms += 1;
        exactRanges.push(...best.ranges);
      }
      ranges.push(...best.ranges);
    }
    if (!matchedAll) continue;
    const merged = mergeRanges(ranges).slice(0, PASSAGE_SEARCH.maxRanges);
    const primary = exactRanges.length > 0 ? exactRanges.reduce((a, b) => (b.start < a.start ? b : a)) : longest(merged);
    const weighted = (score * PASSAGE_SEARCH.kindWeight[entry.passage.kind]) / Math.sqrt(Math.max(20, entry.comparable.length) / 20);
    results.push({ passage: entry.passage, score: weighted, exactTerms, start: primary.start, end: primary.end, matches: merged });
  }
  return results.sort((a, b) => b.exactTerms - a.exactTerms || b.score - a.score || (a.passage.id < b.passage.id ? -1 : 1));
}

interface AlternativePlan {
  text: string;
  /** distinct bigrams of the text that the corpus holds, with their IDF */
  bigrams: Map<string, number>;
  /** may match by part of its bigrams (Chinese of two or more characters) */
  partial: boolean;
  /** IDF-weighted size: what a full match is worth */
  weight: number;
}

function planAlternative(index: PassageIndex, text: string): AlternativePlan {
  const bigrams = new Map<string, number>();
  let missing = false;
  for (const bigram of bigramsOf(text)) {
    const idf = index.idf(bigram);
    if (idf > 0) bigrams.set(bigram, idf);
    else missing = true;
  }
  const partial = HAN.test(text) && text.length >= 2 && bigrams.size > 0;
  const total = [...bigrams.values()].reduce((sum, idf) => sum + idf, 0);
  // A phrase with a bigram the corpus lacks cannot occur whole; it may still match in part.
  const weight = text.length * (bigrams.size > 0 ? total / bigrams.size : 1);
  return { text, bigrams: missing && !partial ? new Map() : bigrams, partial, weight: missing && !partial ? 0 : weight };
}

/** Positions of passages that could match every term: the bigram postings, intersected term by term. */
function candidatePositions(index: PassageIndex, plans: AlternativePlan[][]): number[] {
  let candidates: Set<number> | null = null;
  for (const alternatives of plans) {
    const forTerm = new Set<number>();
    let everywhere = false;
    for (const plan of alternatives) {
      if (plan.weight === 0) continue;
      if (plan.bigrams.size === 0) {
        everywhere = true; // one character: no bigram to look up
        break;
      }
      const lists = [...plan.bigrams.keys()].map((bigram) => index.postings.get(bigram)!);
      if (plan.partial) for (const list of lists) for (const position of list) forTerm.add(position);
      else for (const position of intersect(lists)) forTerm.add(position);
    }
    if (everywhere) continue;
    const narrowed: Set<number> = candidates === null ? forTerm : new Set([...(candidates as Set<number>)].filter((p) => forTerm.has(p)));
    if (narrowed.size === 0) return [];
    candidates = narrowed;
  }
  const found = candidates as Set<number> | null;
  return found === null ? index.passages.map((_, position) => position) : [...found].sort((a, b) => a - b);
}

function intersect(lists: number[][]): number[] {
  if (lists.length === 0) return [];
  const [shortest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  const sets = rest.map((list) => new Set(list));
  return shortest.filter((position) => sets.every((set) => set.has(position)));
}

function matchAlternative(entry: IndexedPassage, plan: AlternativePlan): TermMatch | null {
  if (plan.weight === 0) return null;
  const ranges: TextRange[] = [];
  for (let at = entry.comparable.indexOf(plan.text); at >= 0; at = entry.comparable.indexOf(plan.text, at + plan.text.length)) {
    ranges.push({ start: at, end: at + plan.text.length });
  }
  if (ranges.length > 0) return { score: plan.weight * (1 + Math.log(ranges.length)), exact: true, ranges };
  if (!plan.partial) return null;
  let heldCount = 0;
  let heldWeight = 0;
  let totalWeight = 0;
  for (const [bigram, idf] of plan.bigrams) {
    totalWeight += idf;
    if (entry.bigrams.has(bigram)) {
      heldCount += 1;
      heldWeight += idf;
    }
  }
  // The share is counted, not weighted: the rarest bigrams of a query are often the junctions
  // between its words (园建 in 产业园建设), which a passage using the words apart never holds.
  const coverage = heldCount / plan.bigrams.size;
  if (coverage < PASSAGE_SEARCH.minCoverage) return null;
  for (let i = 0; i + 1 < entry.comparable.length; i += 1) {
    if (plan.bigrams.has(entry.comparable.slice(i, i + 2))) ranges.push({ start: i, end: i + 2 });
  }
  return { score: PASSAGE_SEARCH.partialWeight * coverage * (heldWeight / totalWeight) * plan.weight, exact: false, ranges: mergeRanges(ranges) };
}

function isBetter(a: TermMatch, b: TermMatch): boolean {
  return a.exact !== b.exact ? a.exact : a.score > b.score;
}

/** Sorts and merges overlapping or touching ranges. */
export function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function longest(ranges: TextRange[]): TextRange {
  return ranges.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a), ranges[0] ?? { start: 0, end: 0 });
}
