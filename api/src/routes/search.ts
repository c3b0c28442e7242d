import type { Express } from 'express';
import { z } from 'zod';
import { AnswerCache } from '../http/answer-cache';
import { jsonMerged, jsonOf } from '../../../core/store/snapshot-json';
import { sendPrepared } from '../http/prepared-body';
import { parseQuery, single } from '../http/validate';
import type { AtlasSource } from '../../../core/store/atlas-source';
import type { AtlasStore } from '../../../core/store/atlas-store';
import type { AtlasFeature, Passage } from '../../../types/atlas';
import { SEARCH_LIMITS, type SearchFeature, type SearchPassage, type SearchResponse, type SearchSnippet } from '../../../types/search-response';

export const SEARCH_DEFAULTS = {
  ...SEARCH_LIMITS,
  /** characters of context on each side of a match in a snippet */
  snippetContext: 40,
};

const searchQuery = {
  q: single.trim().min(1, 'must not be empty').max(SEARCH_DEFAULTS.maxQueryLength, `must be at most ${SEARCH_DEFAULTS.maxQueryLength} characters`),
  limit: single
    .regex(/^\d{1,3}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1).max(SEARCH_DEFAULTS.maxLimit, `must be at most ${SEARCH_DEFAULTS.maxLimit}`))
    .optional(),
};

export function setupSearch(app: Express, source: AtlasSource, cacheEntries?: number): void {
  const answers = new AnswerCache(source, cacheEntries === undefined ? {} : { maxEntries: cacheEntries });
  app.get('/api/search', (req, res) => {
    const { q, limit = SEARCH_DEFAULTS.limit } = parseQuery(req, searchQuery);
    sendPrepared(req, res, answers.get(`${limit}\u0000${q}`, (store) => searchAnswerJson(store, q, limit)));
  });
}

/**
 * The JSON text of a SearchResponse. Each place and passage is the snapshot's own object with
 * the hit's fields after it, and each claim the snapshot's own: their JSON is made once per object
 * (snapshot-json.ts), not per answer.
 */
export function searchAnswerJson(store: AtlasStore, q: string, limit: number): string {
  const hits = store.search.search(q, limit);
  const features = hits.features.map((hit) => jsonMerged(hit.feature, { score: round(hit.score), matchedBy: hit.matchedBy, matchedName: hit.matchedName } satisfies Omit<SearchFeature, keyof AtlasFeature>));
  const passages = hits.passages.map((hit) =>
    jsonMerged(hit.passage, {
      score: round(hit.score),
      match: { start: hit.start, end: hit.end },
      matches: hit.matches,
      snippet: snippetOf(hit.passage.text, hit.start, hit.end),
      documentTitle: store.documentById.get(hit.passage.documentId)?.title ?? null,
    } satisfies Omit<SearchPassage, keyof Passage>),
  );
  const claims: SearchResponse['claims'] = store.claims.search(q, limit, hits.features.map((hit) => hit.feature.id));
  return `{"query":${JSON.stringify(q)},"features":[${features.join(',')}],"passages":[${passages.join(',')}],"claims":[${claims.map(jsonOf).join(',')}]}`;
}

/** A window of the passage around the match, with the match's range inside the window. */
export function snippetOf(text: string, start: number, end: number): SearchSnippet {
  const from = Math.max(0, start - SEARCH_DEFAULTS.snippetContext);
  const to = Math.min(text.length, end + SEARCH_DEFAULTS.snippetContext);
  return { text: text.slice(from, to), start: start - from, end: end - from, truncatedStart: from > 0, truncatedEnd: to < text.length };
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}
