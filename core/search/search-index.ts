/**
 * One search over places and passages, built once at start-up. Everything is compared in search
 * form (Simplified, lower-case), so 烏鎮之光 finds 乌镇之光 and the reverse. Places match by Chinese
 * name, English name or toneless pinyin (place-search.ts); passages through a character-bigram
 * index (passage-search.ts), and a pinyin query that spells a name (wuzhen → 乌镇) searches the
 * passages for that Chinese too. Any string is a safe query: nothing becomes a regular expression.
 */
import type { AtlasDocument, AtlasFeature, Passage, TextRange } from '../../types/atlas';
import { searchForm } from '../text/script-convert';
import { buildPassageIndex } from './passage-index';
import { searchPassages, type QueryTerm } from './passage-search';
import { pinyinKey } from './pinyin-names';
import { indexPlaces, pinyinExpansions, searchPlaces, type PlaceMatchedBy } from './place-search';

export const SEARCH_LIMITS = {
  /** longer queries are cut: the route refuses them, and the index never spends more on one */
  maxQueryLength: 200,
};

export interface PassageHit {
  passage: Passage;
  score: number;
  /** the best match's range in the passage text */
  start: number;
  end: number;
  /** every matched range in the passage text, merged, in order */
  matches: TextRange[];
}

export interface FeatureHit {
  feature: AtlasFeature;
  score: number;
  matchedBy: PlaceMatchedBy;
  matchedName: string;
}

export interface SearchResult {
  features: FeatureHit[];
  passages: PassageHit[];
}

export interface SearchIndex {
  search(query: string, limit: number): SearchResult;
}

export function createSearchIndex(features: AtlasFeature[], documents: AtlasDocument[]): SearchIndex {
  const places = indexPlaces(features);
  const passageIndex = buildPassageIndex(documents);

  return {
    search(rawQuery, limit) {
      const query = rawQuery.slice(0, SEARCH_LIMITS.maxQueryLength);
      const terms = splitTerms(query);
      if (terms.length === 0 || limit < 1) return { features: [], passages: [] };
      const pinyinQuery = pinyinKey(query);
      const featureHits = searchPlaces(places, terms, pinyinQuery).slice(0, limit);

      // Only a page is ranked in full: when the text fills it, the pinyin reading adds nothing.
      const byText = searchPassages(passageIndex, terms.map((term): QueryTerm => ({ alternatives: [term] })), limit);
      const spelled = byText.length < limit ? pinyinExpansions(places, pinyinQuery) : [];
      const byPinyin = spelled.length > 0 ? searchPassages(passageIndex, [{ alternatives: spelled }], limit) : [];
      // A passage the text finds keeps that hit; the pinyin reading only adds passages.
      const seen = new Set(byText.map((hit) => hit.passage.id));
      const passageHits = [...byText, ...byPinyin.filter((hit) => !seen.has(hit.passage.id))].slice(0, limit);

      return {
        features: featureHits,
        passages: passageHits.map(({ passage, score, start, end, matches }) => ({ passage, score, start, end, matches })),
      };
    },
  };
}

/** The query's parts in search form: split on spaces, punctuation and symbols (a + stays: 5G+). */
export function splitTerms(query: string): string[] {
  return searchForm(query)
    .split(/[^\p{L}\p{N}\p{M}+]+/u)
    .filter((term) => term.length > 0);
}
