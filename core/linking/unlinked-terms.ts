/**
 * The place-like strings of a linked corpus that link to nothing, grouped by their search form and
 * counted, so gaps in the gazetteer show instead of passing silently.
 */
import type { AtlasDocument, Mention, Passage, TextRange } from '../../types/atlas';
import { searchForm } from '../text/script-convert';
import { namesAnEvent } from './find-mentions';
import { findCityNames, findPlaceLikeTerms, type PlaceLikeTerm } from './place-like-terms';

export const UNLINKED_RULES = {
  /** a mention inside a term covers it when at most this many characters (a head: 超算中心, 产业综合体) follow it */
  maxHeadAfterMention: 5,
};

export interface UnlinkedOccurrence extends TextRange {
  passageId: string;
  /** the string as the passage writes it (Traditional in doc-001) */
  text: string;
}

export interface UnlinkedGroup {
  /** the search form (Simplified) shared by the occurrences */
  key: string;
  occurrences: UnlinkedOccurrence[];
}

const QUOTES = /[“”‘’「」『』《》]/g;

/** Unlinked place-like strings, most frequent first, then in Unicode order. */
export function findUnlinkedTerms(documents: AtlasDocument[]): UnlinkedGroup[] {
  const groups = new Map<string, UnlinkedGroup>();
  for (const document of documents) {
    for (const passage of document.passages) {
      const comparable = searchForm(passage.text);
      const terms = findPlaceLikeTerms(comparable);
      for (const term of [...terms, ...findCityNames(comparable, terms)]) {
        // 世界互联网大会乌镇 before 峰会 is the summit's name, not a place the gazetteer lacks
        if (isLinked(term, passage.mentions, comparable) || namesAnEvent(term, comparable)) continue;
        const key = comparable.slice(term.start, term.end);
        const group = groups.get(key) ?? { key, occurrences: [] };
        group.occurrences.push(occurrenceOf(passage, term));
        groups.set(key, group);
      }
    }
  }
  return [...groups.values()].sort((a, b) => b.occurrences.length - a.occurrences.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * A term is linked when a mention covers its head, or names it with only a head word after
 * (“乌镇之光”超算中心). A city name a mention overlaps is another word (镇江 in 乌镇江南).
 */
export function isLinked(term: PlaceLikeTerm, mentions: Mention[], comparable: string): boolean {
  const inside = mentions.filter((m) => m.start < term.end && m.end > term.start);
  if (term.headStart === term.start && inside.length > 0) return true;
  if (inside.some((m) => m.end >= term.end)) return true;
  const lastEnd = Math.max(...inside.map((m) => m.end));
  return inside.length > 0 && comparable.slice(lastEnd, term.end).replace(QUOTES, '').length <= UNLINKED_RULES.maxHeadAfterMention;
}

function occurrenceOf(passage: Passage, term: PlaceLikeTerm): UnlinkedOccurrence {
  return { passageId: passage.id, start: term.start, end: term.end, text: passage.text.slice(term.start, term.end) };
}
