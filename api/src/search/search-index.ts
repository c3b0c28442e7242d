/**
 * One search over places and passages. Everything is compared in search form (Simplified,
 * lower-case), so 烏鎮之光 finds 乌镇之光 and the reverse. Chinese needs no word breaks: a term
 * matches anywhere in a name or passage; space-separated terms must all match.
 */
import type { AtlasDocument, AtlasFeature, Passage } from '../../../types/atlas';
import { searchForm } from '../text/script-convert';

export interface PassageHit {
  passage: Passage;
  score: number;
  /** the match's range in the passage text */
  start: number;
  end: number;
}

export interface FeatureHit {
  feature: AtlasFeature;
  score: number;
}

export interface SearchIndex {
  search(query: string, limit: number): { features: FeatureHit[]; passages: PassageHit[] };
}

interface IndexedFeature {
  feature: AtlasFeature;
  names: string[];
  english: string;
}

interface IndexedPassage {
  passage: Passage;
  comparable: string;
}

const KIND_WEIGHT: Record<Passage['kind'], number> = {
  title: 3,
  heading: 2,
  paragraph: 1,
  caption: 1,
  byline: 0.5,
  meta: 0.5,
};

export function createSearchIndex(features: AtlasFeature[], documents: AtlasDocument[]): SearchIndex {
  const indexedFeatures: IndexedFeature[] = features.map((feature) => ({
    feature,
    names: [feature.properties.name_zh, ...feature.properties.aliases].map(searchForm),
    english: `${feature.properties.name_en} ${feature.id.replace(/-/g, ' ')}`.toLowerCase(),
  }));
  const indexedPassages: IndexedPassage[] = documents.flatMap((document) =>
    document.passages.map((passage) => ({ passage, comparable: searchForm(passage.text) })),
  );

  return {
    search(query, limit) {
      const terms = splitTerms(query);
      if (terms.length === 0) return { features: [], passages: [] };
      const featureHits = indexedFeatures
        .map((entry) => ({ feature: entry.feature, score: scoreFeature(entry, terms) }))
        .filter((hit) => hit.score > 0)
        .sort((a, b) => b.score - a.score || a.feature.id.localeCompare(b.feature.id))
        .slice(0, limit);
      const passageHits: PassageHit[] = [];
      for (const entry of indexedPassages) {
        const hit = scorePassage(entry, terms);
        if (hit) passageHits.push(hit);
      }
      passageHits.sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id));
      return { features: featureHits, passages: passageHits.slice(0, limit) };
    },
  };
}

export function splitTerms(query: string): string[] {
  return searchForm(query)
    .split(/[\s,，、;；]+/u)
    .filter((term) => term.length > 0);
}

function scoreFeature(entry: IndexedFeature, terms: string[]): number {
  let total = 0;
  for (const term of terms) {
    let best = 0;
    for (const name of entry.names) {
      if (name === term) best = Math.max(best, 100);
      else if (name.startsWith(term)) best = Math.max(best, 60 + (20 * term.length) / name.length);
      else if (name.includes(term)) best = Math.max(best, 30 + (20 * term.length) / name.length);
    }
    if (best === 0 && entry.english.includes(term)) best = entry.english.startsWith(term) ? 50 : 25;
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

function scorePassage(entry: IndexedPassage, terms: string[]): PassageHit | null {
  let score = 0;
  let first = -1;
  let firstEnd = -1;
  for (const term of terms) {
    let at = entry.comparable.indexOf(term);
    if (at < 0) return null;
    if (first < 0 || at < first) {
      first = at;
      firstEnd = at + term.length;
    }
    let count = 0;
    while (at >= 0) {
      count += 1;
      at = entry.comparable.indexOf(term, at + term.length);
    }
    score += count * term.length;
  }
  // Short passages that are mostly the match (a heading) rank above long ones that mention it once.
  score = (score * KIND_WEIGHT[entry.passage.kind]) / Math.sqrt(Math.max(20, entry.comparable.length) / 20);
  return { passage: entry.passage, score, start: first, end: firstEnd };
}
