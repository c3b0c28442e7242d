/**
 * Finds the places one passage names. Matching runs on the search form of the text (Simplified,
 * offsets kept), so Traditional passages link to the same places. The rules, in order:
 *
 * 1. every occurrence of every name and alias is a candidate;
 * 2. the longest candidate wins where candidates overlap (乌镇实验室 over 乌镇, 南湖实验室 over 南湖);
 * 3. a bare name (one not ending in a head word such as 园, 区, 实验室) is refused when a few more
 *    characters complete a longer place-like term the gazetteer lacks (嘉兴 in 嘉兴南站), unless
 *    another place follows (杭州钱江新城 names both);
 * 4. a context alias (先行区) links only when the document has already named the place in full,
 *    earlier in reading order, and only when no qualifier precedes it (数字治理先行区 is another
 *    zone): the character before it must be punctuation or a function word;
 * 5. a name that runs into an event's name within a few characters is part of that name, not a
 *    place (乌镇 in 乌镇峰会, the summit: neither the town nor the venue).
 */
import type { Mention, TextRange } from '../../types/atlas';
import { EVENT_NAME_ENDINGS } from '../gazetteer/event-names';
import { searchForm } from '../text/script-convert';
import type { NameIndex } from './name-index';
import { findPlaceLikeTerms, PLACE_TERM_RULES, type PlaceLikeTerm } from './place-like-terms';

export const LINKING_RULES = {
  /** rule 3: at most this many characters may complete the longer term (嘉兴 + 科技城 is 3, 乌镇 + 云舟宾客中心 is 6) */
  maxTermContinuation: 8,
  /** rule 3: a name followed by one of these is a level of government, not part of a place (嘉兴市级…产业园) */
  designationAfter: '级',
  /** rule 3: head words that make a name part of another place; a town or village after its county (桐乡乌镇) does not */
  compoundHeads: PLACE_TERM_RULES.suffixes.filter((head) => !['镇', '村', '街道'].includes(head)),
  /** rule 4: besides punctuation, a context alias may follow these (作为先行区, 托举先行区), never a noun (治理先行区) */
  contextAliasMayFollow: `${PLACE_TERM_RULES.functionCharacters}举造设进入成建办`,
  /** rule 5: what may stand between a name and the event word that ends it (乌镇国际戏剧节); anything else (乌镇举办大会) keeps the place */
  eventQualifiers: ['', '国际', '全球', '世界', '互联网', '数字'],
};

interface Candidate extends Mention {
  contextual: boolean;
}

const WORD_CHAR = /[\p{Script=Han}a-z0-9]/u;
const CLOSE_QUOTES = '”’」』》';
const QUOTES = /[“”‘’「」『』《》]/g;
const compoundHeads = new Set(LINKING_RULES.compoundHeads);

/**
 * The mentions in one passage's text. `namedBefore` holds the places the document has already
 * named in full before this passage (rule 4).
 */
export function findMentions(text: string, index: NameIndex, namedBefore: ReadonlySet<string> = new Set()): Mention[] {
  const comparable = searchForm(text);
  const candidates = findCandidates(comparable, index);
  if (candidates.length === 0) return [];
  const terms = findPlaceLikeTerms(comparable);
  const byLength = (a: Candidate, b: Candidate) => b.end - b.start - (a.end - a.start) || a.start - b.start;
  const accepted: Candidate[] = [];
  const overlapsAccepted = (c: Candidate) => accepted.some((m) => m.start < c.end && c.start < m.end);

  const extended = (c: Candidate) => continuesIntoAnotherPlace(c, comparable, terms, candidates, index) || namesAnEvent(c, comparable);
  for (const candidate of candidates.filter((c) => !c.contextual).sort(byLength)) {
    if (overlapsAccepted(candidate) || extended(candidate)) continue;
    accepted.push(candidate);
  }
  for (const candidate of candidates.filter((c) => c.contextual).sort(byLength)) {
    const named = namedBefore.has(candidate.featureId) || accepted.some((m) => !m.contextual && m.featureId === candidate.featureId && m.end <= candidate.start);
    if (!named || overlapsAccepted(candidate) || isQualified(comparable, candidate.start) || extended(candidate)) continue;
    accepted.push(candidate);
  }
  return accepted.sort((a, b) => a.start - b.start).map(({ start, end, featureId }) => ({ start, end, featureId }));
}

function findCandidates(comparable: string, index: NameIndex): Candidate[] {
  const candidates: Candidate[] = [];
  for (let at = 0; at < comparable.length; at += 1) {
    for (const name of index.get(comparable[at]) ?? []) {
      if (comparable.startsWith(name.form, at)) {
        candidates.push({ start: at, end: at + name.form.length, featureId: name.featureId, contextual: name.contextual });
      }
    }
  }
  return candidates;
}

/**
 * Rule 3. A full name that already ends in a head word is a place of its own (乌镇互联网产业园区 is
 * still the park); a context alias is held to it in every case (产业园 in 产业园区 is no short form).
 */
function continuesIntoAnotherPlace(candidate: Candidate, comparable: string, terms: PlaceLikeTerm[], all: Candidate[], index: NameIndex): boolean {
  if (!candidate.contextual && endsInHeadWord(comparable.slice(candidate.start, candidate.end))) return false;
  // A quoted name before a head word names that place: “乌镇之光”超算中心.
  if (CLOSE_QUOTES.includes(comparable[candidate.end])) return false;
  if (LINKING_RULES.designationAfter.includes(comparable[candidate.end] ?? '')) return false;
  // 乌镇镇区, 桐乡市市区: the place's own built-up area, named by repeating its head.
  if (comparable[candidate.end] === comparable[candidate.end - 1]) return false;
  return terms.some((term) => {
    if (term.start > candidate.start || term.end <= candidate.end || term.end - candidate.end > LINKING_RULES.maxTermContinuation) return false;
    const head = comparable.slice(term.headStart, term.end);
    if (candidate.contextual ? term.end - head.length < candidate.start : term.headStart < candidate.end || !compoundHeads.has(head)) return false;
    if (all.some((other) => other !== candidate && other.start >= candidate.end && other.start < term.end)) return false;
    return !isFormOf(comparable.slice(candidate.start, term.end), candidate.featureId, index);
  });
}

/** Rule 5: 乌镇峰会, 乌镇国际戏剧节 name events; a name or term right before the event word is part of the event's name. */
export function namesAnEvent(range: TextRange, comparable: string): boolean {
  return LINKING_RULES.eventQualifiers.some((qualifier) =>
    EVENT_NAME_ENDINGS.some((ending) => comparable.startsWith(qualifier + ending, range.end)),
  );
}

/** A town's name (乌镇) ends in 镇 but is no compound place: 乌镇云舟宾客中心 is another place. */
function endsInHeadWord(form: string): boolean {
  return LINKING_RULES.compoundHeads.some((head) => form.endsWith(head));
}

function isFormOf(text: string, featureId: string, index: NameIndex): boolean {
  const plain = withoutQuotes(text);
  return (index.get(plain[0]) ?? []).some((name) => name.form === plain && name.featureId === featureId);
}

/** The text as rule 3 compares a quoted name with the gazetteer's forms (“乌镇之光”超算中心 → 乌镇之光超算中心). */
export function withoutQuotes(text: string): string {
  return text.replace(QUOTES, '');
}

/** Rule 4: a word character that is not a function word right before the alias qualifies it. */
export function isQualified(comparable: string, start: number): boolean {
  const before = comparable[start - 1];
  return before !== undefined && WORD_CHAR.test(before) && !LINKING_RULES.contextAliasMayFollow.includes(before);
}
