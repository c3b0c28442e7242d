/**
 * The answer of `GET /api/search`, defined once for the server that builds it and the browser
 * that reads it, with the limits both sides respect.
 */
import type { AtlasFeature, Claim, Passage, TextRange } from './atlas';

export const SEARCH_LIMITS = {
  /** results per group when the client names no limit */
  limit: 20,
  /** most results per group a client may ask for */
  maxLimit: 100,
  /** longest query accepted: long enough for any name or phrase, short enough to stay fast */
  maxQueryLength: 200,
} as const;

/** How a place matched: its Chinese name, an alias, its English name or keywords, or pinyin. */
export type PlaceMatchedBy = 'name' | 'alias' | 'english' | 'keyword' | 'pinyin';

export type SearchFeature = AtlasFeature & { score: number; matchedBy: PlaceMatchedBy; matchedName: string };

export interface SearchSnippet {
  text: string;
  start: number;
  end: number;
  truncatedStart: boolean;
  truncatedEnd: boolean;
}

export interface SearchPassage extends Passage {
  score: number;
  /** the best match in `text` */
  match: TextRange;
  /** every matched range in `text`, for highlighting (bigram runs when the words are apart) */
  matches: TextRange[];
  snippet: SearchSnippet;
  documentTitle: string | null;
}

export interface SearchResponse {
  query: string;
  features: SearchFeature[];
  passages: SearchPassage[];
  /** figures and dates of the places found, then those whose sentence has every term */
  claims: Claim[];
}
