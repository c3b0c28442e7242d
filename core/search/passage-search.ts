/**
 * Ranks passages for a query over the bigram index. Each term (space-separated part of the query)
 * must match, as an exact phrase or — for Chinese — by enough of its bigrams (互联网产业园建设 finds a
 * passage on 互联网 … 产业园 … 建设). Passages that hold more terms as exact phrases rank first; then
 * by a BM25-like score (rare bigrams weigh more), favouring titles and short passages.
 */
import type { Passage, TextRange } from '../../types/atlas';
import { bigramsOf, isSpaceUnit, type IndexedPassage, type PassageIndex } from './passage-index';
import { intersectAscending } from './text-postings';
import { TopK } from './top-k';
import { memoByObject } from '../memo-by-object';

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
  plan: AlternativePlan;
  score: number;
  exact: boolean;
}

const HAN = /\p{Script=Han}/u;

/**
 * The ranked passages that match every term; the first `limit` of them when a limit is given
 * (the same ones, in the same order, as the head of the unlimited list). Every candidate is
 * scored into flat arrays; only the passages on the page are matched again for their ranges.
 */
export function searchPassages(index: PassageIndex, terms: QueryTerm[], limit = Infinity): PassageMatch[] {
  if (terms.length === 0) return [];
  // a term repeated (的 的 的 …) is planned and matched once, and counted each time
  const groupOf = new Map<string, number>();
  const groups: AlternativePlan[][] = [];
  const termGroups = terms.map((term) => {
    const key = JSON.stringify(term.alternatives);
    let group = groupOf.get(key);
    if (group === undefined) {
      group = groups.length;
      groupOf.set(key, group);
      groups.push(term.alternatives.map((text) => planAlternative(index, text)));
    }
    return group;
  });
  const scratch = scratchOf(index);
  try {
    return rankCandidates(index, groups, termGroups, candidatePositions(index, groups, scratch), limit);
  } finally {
    scratch.giveBack();
  }
}

/** Scores every candidate, keeps the page, and gives the page its ranges. */
function rankCandidates(index: PassageIndex, groups: AlternativePlan[][], termGroups: number[], candidates: ArrayLike<number> & Iterable<number>, limit: number): PassageMatch[] {
  const { kindWeight, lengthRoot } = passageWeights(index);
  const positions = new Int32Array(candidates.length);
  const scores = new Float64Array(candidates.length);
  const exacts = new Uint16Array(candidates.length);
  const best = new Float64Array(groups.length);
  let found = 0;
  const id = (i: number) => index.passages[positions[i]].passage.id;
  const byRank = (a: number, b: number) => exacts[b] - exacts[a] || scores[b] - scores[a] || (id(a) < id(b) ? -1 : 1);
  // a page is kept as the candidates are scored; without a limit, all are sorted at the end
  const page = Number.isFinite(limit) ? new TopK(limit, byRank) : null;
  const single = groups.length === 1 && groups[0].length === 1 ? groups[0][0] : null;
  const repeated = groups.length === 1 && termGroups.length > 1 ? new Map<number, number>() : null;
  for (const position of candidates) {
    const entry = index.passages[position];
    if (single && page?.full() && cannotMakePage(single, position, termGroups.length, page.worst()!)) continue;
    let matchedAll = true;
    for (let g = 0; g < groups.length && matchedAll; g += 1) {
      best[g] = bestAlternative(entry, position, groups[g]);
      matchedAll = best[g] !== 0;
    }
    if (!matchedAll) continue;
    let score = 0;
    let exactTerms = 0;
    if (repeated) {
      // one term many times: the sum depends on its score alone, and few scores recur
      score = repeated.get(best[0]) ?? sumRepeated(Math.abs(best[0]), termGroups.length);
      repeated.set(best[0], score);
      exactTerms = best[0] > 0 ? termGroups.length : 0;
    } else {
      for (const g of termGroups) {
        score += Math.abs(best[g]);
        if (best[g] > 0) exactTerms += 1;
      }
    }
    positions[found] = position;
    scores[found] = (score * kindWeight[position]) / lengthRoot[position];
    exacts[found] = exactTerms;
    page?.offer(found);
    found += 1;
  }
  const ranked = page ? page.sorted() : Array.from({ length: found }, (_, i) => i).sort(byRank);
  // a repeated term's ranges are the same each time: once is enough for the merged list
  const plans = groups;
  return ranked.map((i) => withRanges(index, positions[i], plans, scores[i], exacts[i]));

  /**
   * One term, one alternative, a full page: a passage that cannot be exact is skipped when the
   * page holds only exact hits, and one that might be is skipped when even its most occurrences
   * (its rarest bigram's count) would score below the page's last hit: the phrase need not be
   * looked for in it. The bound is computed as the score is, so it is never below it.
   */
  function cannotMakePage(plan: AlternativePlan, position: number, times: number, worst: number): boolean {
    if (plan.occurrences || !plan.partial || !plan.held) return false;
    const mayBeExact = !plan.missing && plan.held.count[position] === plan.bigrams.size;
    if (!mayBeExact) return exacts[worst] > 0;
    if (exacts[worst] < times) return false;
    const bound = sumRepeated(plan.weight * (1 + Math.log(plan.held.fewest[position])), times);
    return (bound * kindWeight[position]) / lengthRoot[position] < scores[worst];
  }
}

/**
 * Arrays of one number per passage, lent for one query and given back zeroed: a query is
 * synchronous, and allocating a quarter of a megabyte of them per query kept the garbage
 * collector busy under load.
 */
class ScratchPool {
  private readonly free = { int32: [] as Int32Array[], uint16: [] as Uint16Array[], float64: [] as Float64Array[] };
  private readonly lent: Array<Int32Array | Uint16Array | Float64Array> = [];

  constructor(private readonly size: number) {}

  int32(): Int32Array {
    return this.lend(this.free.int32.pop() ?? new Int32Array(this.size));
  }

  uint16(): Uint16Array {
    return this.lend(this.free.uint16.pop() ?? new Uint16Array(this.size));
  }

  float64(): Float64Array {
    return this.lend(this.free.float64.pop() ?? new Float64Array(this.size));
  }

  giveBack(): void {
    for (const array of this.lent) {
      array.fill(0);
      if (array instanceof Int32Array) this.free.int32.push(array);
      else if (array instanceof Uint16Array) this.free.uint16.push(array);
      else this.free.float64.push(array);
    }
    this.lent.length = 0;
  }

  private lend<T extends Int32Array | Uint16Array | Float64Array>(array: T): T {
    this.lent.push(array);
    return array;
  }
}

const scratchOf = memoByObject((index: PassageIndex) => new ScratchPool(index.passages.length));

/** A term's score added once per repetition, in order, as the loop over the terms adds it. */
function sumRepeated(score: number, times: number): number {
  let sum = 0;
  for (let t = 0; t < times; t += 1) sum += score;
  return sum;
}

/** Per passage position: its kind's weight and the length divisor of the ranking, worked out once per index. */
const passageWeights = memoByObject((index: PassageIndex): { kindWeight: Float64Array; lengthRoot: Float64Array } => {
  const kindWeight = new Float64Array(index.passages.length);
  const lengthRoot = new Float64Array(index.passages.length);
  index.passages.forEach((entry, position) => {
    kindWeight[position] = PASSAGE_SEARCH.kindWeight[entry.passage.kind];
    lengthRoot[position] = Math.sqrt(Math.max(20, entry.comparable.length) / 20);
  });
  return { kindWeight, lengthRoot };
});

/**
 * A term's best alternative in one passage, as a signed score: positive for an exact phrase,
 * negative for a partial match, 0 for none (no match scores 0: weights and IDFs are positive).
 * An exact phrase beats a partial match, then the higher score wins, the first on a tie.
 */
function bestAlternative(entry: IndexedPassage, position: number, alternatives: AlternativePlan[]): number {
  let best = 0;
  for (const plan of alternatives) {
    const match = scoreAlternative(entry, position, plan);
    if (match === 0) continue;
    const better = best === 0 || (match > 0 !== best > 0 ? match > 0 : Math.abs(match) > Math.abs(best));
    if (better) best = match;
  }
  return best;
}

/** The alternative `bestAlternative` chose, for its ranges. */
function chosenAlternative(entry: IndexedPassage, position: number, alternatives: AlternativePlan[]): TermMatch {
  let chosen: TermMatch | null = null;
  for (const plan of alternatives) {
    const match = scoreAlternative(entry, position, plan);
    if (match === 0) continue;
    const candidate = { plan, score: Math.abs(match), exact: match > 0 };
    if (!chosen || isBetter(candidate, chosen)) chosen = candidate;
  }
  return chosen!;
}

/** A passage on the page with its matched ranges: every term's, merged, and the best one. */
function withRanges(index: PassageIndex, position: number, plans: AlternativePlan[][], score: number, exactTerms: number): PassageMatch {
  const entry = index.passages[position];
  const ranges: TextRange[] = [];
  const exactRanges: TextRange[] = [];
  for (const alternatives of plans) {
    const best = chosenAlternative(entry, position, alternatives);
    if (best.exact) {
      const found = phraseRanges(entry.comparable, best.plan.text);
      exactRanges.push(...found);
      ranges.push(...found);
    } else {
      ranges.push(...bigramRanges(entry.comparable, best.plan));
    }
  }
  const merged = mergeRanges(ranges).slice(0, PASSAGE_SEARCH.maxRanges);
  const primary = exactRanges.length > 0 ? exactRanges.reduce((a, b) => (b.start < a.start ? b : a)) : longest(merged);
  return { passage: entry.passage, score, exactTerms, start: primary.start, end: primary.end, matches: merged };
}

interface AlternativePlan {
  text: string;
  /** distinct bigrams of the text that the corpus holds, with their IDF */
  bigrams: Map<string, number>;
  /** may match by part of its bigrams (Chinese of two or more characters) */
  partial: boolean;
  /** IDF-weighted size: what a full match is worth */
  weight: number;
  /** the IDF of all its bigrams, summed in their order */
  totalWeight: number;
  /** a bigram of the text is in no passage: it occurs whole nowhere */
  missing: boolean;
  /** for a partial plan, per passage position: how many of its bigrams the passage holds, and their IDF */
  held?: {
    count: Uint16Array;
    weight: Float64Array;
    /** how often the passage holds its least frequent bigram: at most that many occurrences of the text */
    fewest: Int32Array;
  };
  /** for a text of one unit, or of two different ones, how often each passage holds it (from the postings' counts) */
  occurrences?: Int32Array;
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
  const impossible = missing && !partial;
  return { text, bigrams: impossible ? new Map() : bigrams, partial, weight: impossible ? 0 : weight, totalWeight: total, missing };
}

/**
 * Positions of the passages that could match every term, ascending, from the postings alone:
 * for each term, the union over its alternatives of the passages holding the whole phrase's
 * bigrams (Latin), enough of them (Chinese: the coverage rule, counted here once for all
 * passages), or its one character; intersected term by term.
 */
function candidatePositions(index: PassageIndex, plans: AlternativePlan[][], scratch: ScratchPool): ArrayLike<number> & Iterable<number> {
  let candidates: (ArrayLike<number> & Iterable<number>) | null = null;
  for (const alternatives of plans) {
    // every alternative is counted (for its score), even once the term is known to be anywhere
    const lists = alternatives.map((plan) => planPositions(index, plan, scratch));
    if (lists.includes(null)) continue;
    const forTerm = lists.length === 1 ? lists[0]! : unionAscending(lists as Array<ArrayLike<number>>, index.passages.length);
    const narrowed: ArrayLike<number> & Iterable<number> = candidates === null ? forTerm : intersectAscending([candidates, forTerm]);
    if (narrowed.length === 0) return [];
    candidates = narrowed;
  }
  return candidates ?? index.passages.map((_, position) => position);
}

/**
 * The positions, ascending, of the passages one alternative may match, from the postings: its
 * character's list; the passages holding enough of its bigrams (Chinese) or all of them (Latin);
 * null when it could be anywhere (no bigram and no single character to look up).
 */
function planPositions(index: PassageIndex, plan: AlternativePlan, scratch: ScratchPool): (ArrayLike<number> & Iterable<number>) | null {
  if (plan.weight === 0) return [];
  countOccurrences(index, plan, scratch);
  if (plan.bigrams.size === 0) {
    if (plan.text.length === 1 && !isSpaceUnit(plan.text, 0)) return index.characters.positionsOf(plan.text) ?? [];
    return null;
  }
  if (!plan.partial) return intersectAscending([...plan.bigrams.keys()].map((bigram) => index.postings.positionsOf(bigram)!));
  const held = countHeld(index, plan, scratch);
  const size = plan.bigrams.size;
  const positions: number[] = [];
  for (let position = 0; position < held.count.length; position += 1) if (held.count[position] / size >= PASSAGE_SEARCH.minCoverage) positions.push(position);
  return positions;
}

function unionAscending(lists: Array<ArrayLike<number>>, total: number): number[] {
  const marked = new Uint8Array(total);
  for (const list of lists) for (let i = 0; i < list.length; i += 1) marked[list[i]] = 1;
  const union: number[] = [];
  for (let position = 0; position < total; position += 1) if (marked[position] === 1) union.push(position);
  return union;
}

/**
 * A one-unit text occurs as often as the postings count its unit; a two-unit text of two
 * different units cannot overlap itself, so it occurs as often as its bigram. Either way no
 * passage need be read to count it.
 */
function countOccurrences(index: PassageIndex, plan: AlternativePlan, scratch: ScratchPool): void {
  const { text } = plan;
  const lists = text.length === 1 ? index.characters : text.length === 2 && text[0] !== text[1] ? index.postings : null;
  const positions = lists?.positionsOf(text);
  if (!lists || !positions) return;
  const counts = lists.countsOf(text)!;
  const occurrences = scratch.int32();
  for (let i = 0; i < positions.length; i += 1) occurrences[positions[i]] = counts[i];
  plan.occurrences = occurrences;
}

/** For each passage, how many of a partial plan's bigrams it holds and their IDF, added in the plan's order. */
function countHeld(index: PassageIndex, plan: AlternativePlan, scratch: ScratchPool): NonNullable<AlternativePlan['held']> {
  const count = scratch.uint16();
  const weight = scratch.float64();
  const fewest = scratch.int32();
  for (const [bigram, idf] of plan.bigrams) {
    const positions = index.postings.positionsOf(bigram)!;
    const counts = index.postings.countsOf(bigram)!;
    for (let i = 0; i < positions.length; i += 1) {
      const position = positions[i];
      fewest[position] = count[position] === 0 ? counts[i] : Math.min(fewest[position], counts[i]);
      count[position] += 1;
      weight[position] += idf;
    }
  }
  plan.held = { count, weight, fewest };
  return plan.held;
}

/** One alternative in one passage, as a signed score (see bestAlternative). */
function scoreAlternative(entry: IndexedPassage, position: number, plan: AlternativePlan): number {
  if (plan.weight === 0) return 0;
  let occurrences = 0;
  if (plan.occurrences) occurrences = plan.occurrences[position];
  // whole only where every bigram is: a passage short of one need not be read
  else if (!(plan.partial && (plan.missing || plan.held!.count[position] < plan.bigrams.size))) {
    for (let at = entry.comparable.indexOf(plan.text); at >= 0; at = entry.comparable.indexOf(plan.text, at + plan.text.length)) occurrences += 1;
  }
  if (occurrences > 0) return plan.weight * (1 + Math.log(occurrences));
  if (!plan.partial || !plan.held) return 0;
  // The share is counted, not weighted: the rarest bigrams of a query are often the junctions
  // between its words (园建 in 产业园建设), which a passage using the words apart never holds.
  const coverage = plan.held.count[position] / plan.bigrams.size;
  if (coverage < PASSAGE_SEARCH.minCoverage) return 0;
  return -(PASSAGE_SEARCH.partialWeight * coverage * (plan.held.weight[position] / plan.totalWeight) * plan.weight);
}

function phraseRanges(comparable: string, text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (let at = comparable.indexOf(text); at >= 0; at = comparable.indexOf(text, at + text.length)) ranges.push({ start: at, end: at + text.length });
  return ranges;
}

function bigramRanges(comparable: string, plan: AlternativePlan): TextRange[] {
  const ranges: TextRange[] = [];
  for (let i = 0; i + 1 < comparable.length; i += 1) {
    if (plan.bigrams.has(comparable.slice(i, i + 2))) ranges.push({ start: i, end: i + 2 });
  }
  return mergeRanges(ranges);
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
