/**
 * The passage ranking by its definition: every passage read in full, no postings. The indexed
 * search (passage-search.ts) must return exactly this, hit for hit, score for score; the
 * property test compares the two over generated queries on the real corpus. Kept out of the
 * server: it is the slow, obvious reading of PASSAGE_SEARCH's rules.
 */
import type { AtlasDocument, Passage, TextRange } from '../../../types/atlas';
import { searchForm } from '../../text/script-convert';
import { bigramsOf } from '../passage-index';
import { mergeRanges, PASSAGE_SEARCH, type PassageMatch, type QueryTerm } from '../passage-search';

interface TermMatch {
  score: number;
  exact: boolean;
  ranges: TextRange[];
}

interface Plan {
  text: string;
  bigrams: Map<string, number>;
  partial: boolean;
  weight: number;
}

const HAN = /\p{Script=Han}/u;

/** The scan over a corpus: each passage's bigrams are read once, each query reads them all. */
export function passageScan(documents: AtlasDocument[]): (terms: QueryTerm[]) => PassageMatch[] {
  const entries = documents.flatMap((d) => d.passages).map((passage) => {
    const comparable = searchForm(passage.text);
    return { passage, comparable, bigrams: new Set(bigramsOf(comparable)) };
  });
  const df = new Map<string, number>();
  for (const entry of entries) for (const bigram of entry.bigrams) df.set(bigram, (df.get(bigram) ?? 0) + 1);
  const idf = (bigram: string) => {
    const n = df.get(bigram) ?? 0;
    return n === 0 ? 0 : Math.log(1 + (entries.length - n + 0.5) / (n + 0.5));
  };
  return (terms) => (terms.length === 0 ? [] : scan(entries, terms, idf));
}

interface Entry {
  passage: Passage;
  comparable: string;
  bigrams: Set<string>;
}

function scan(entries: Entry[], terms: QueryTerm[], idf: (bigram: string) => number): PassageMatch[] {
  const plans = terms.map((term) => term.alternatives.map((text) => plan(text, idf)));

  const results: PassageMatch[] = [];
  for (const entry of entries) {
    let score = 0;
    let exactTerms = 0;
    const ranges: TextRange[] = [];
    const exactRanges: TextRange[] = [];
    let matchedAll = true;
    for (const alternatives of plans) {
      let best: TermMatch | null = null;
      for (const p of alternatives) {
        const match = matchPlan(entry.comparable, entry.bigrams, p);
        if (match && (!best || (match.exact !== best.exact ? match.exact : match.score > best.score))) best = match;
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
    const primary =
      exactRanges.length > 0
        ? exactRanges.reduce((a, b) => (b.start < a.start ? b : a))
        : merged.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a), merged[0] ?? { start: 0, end: 0 });
    const weighted = (score * PASSAGE_SEARCH.kindWeight[entry.passage.kind]) / Math.sqrt(Math.max(20, entry.comparable.length) / 20);
    results.push({ passage: entry.passage, score: weighted, exactTerms, start: primary.start, end: primary.end, matches: merged });
  }
  return results.sort((a, b) => b.exactTerms - a.exactTerms || b.score - a.score || (a.passage.id < b.passage.id ? -1 : 1));
}

function plan(text: string, idf: (bigram: string) => number): Plan {
  const bigrams = new Map<string, number>();
  let missing = false;
  for (const bigram of bigramsOf(text)) {
    const value = idf(bigram);
    if (value > 0) bigrams.set(bigram, value);
    else missing = true;
  }
  const partial = HAN.test(text) && text.length >= 2 && bigrams.size > 0;
  const total = [...bigrams.values()].reduce((sum, value) => sum + value, 0);
  const weight = text.length * (bigrams.size > 0 ? total / bigrams.size : 1);
  return { text, bigrams: missing && !partial ? new Map() : bigrams, partial, weight: missing && !partial ? 0 : weight };
}

function matchPlan(comparable: string, held: Set<string>, p: Plan): TermMatch | null {
  if (p.weight === 0) return null;
  const ranges: TextRange[] = [];
  for (let at = comparable.indexOf(p.text); at >= 0; at = comparable.indexOf(p.text, at + p.text.length)) ranges.push({ start: at, end: at + p.text.length });
  if (ranges.length > 0) return { score: p.weight * (1 + Math.log(ranges.length)), exact: true, ranges };
  if (!p.partial) return null;
  let heldCount = 0;
  let heldWeight = 0;
  let totalWeight = 0;
  for (const [bigram, value] of p.bigrams) {
    totalWeight += value;
    if (held.has(bigram)) {
      heldCount += 1;
      heldWeight += value;
    }
  }
  const coverage = heldCount / p.bigrams.size;
  if (coverage < PASSAGE_SEARCH.minCoverage) return null;
  for (let i = 0; i + 1 < comparable.length; i += 1) if (p.bigrams.has(comparable.slice(i, i + 2))) ranges.push({ start: i, end: i + 2 });
  return { score: PASSAGE_SEARCH.partialWeight * coverage * (heldWeight / totalWeight) * p.weight, exact: false, ranges: mergeRanges(ranges) };
}
