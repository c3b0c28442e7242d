/**
 * Ranks places for a query by their Chinese names and aliases (Simplified and Traditional alike,
 * through the search form), their English names, English keywords (supercomputer) and ids, and the
 * toneless pinyin of their names. An English query that is a place's English name, or its
 * beginning, ranks that place first (Jiaxing–Huzhou: the cooperation zone before the S12).
 */
import type { AtlasFeature } from '../../types/atlas';
import { memoByObject } from '../memo-by-object';
import { searchForm } from '../text/script-convert';
import { isPinyinQuery, matchPinyin, pinyinName, type PinyinName } from './pinyin-names';

export const PLACE_SEARCH = {
  /** points for how a term meets a Chinese name */
  name: { exact: 100, prefix: 60, inner: 30, lengthBonus: 20 },
  /** points for how a term meets the English name, a keyword or the id */
  english: { exact: 90, word: 50, wordPrefix: 40, inner: 20 },
  /** points added when the English terms, in order, are the whole English name, its beginning, or a run of words inside it */
  englishPhrase: { whole: 60, start: 30, inside: 10 },
  /** points for how the whole query, read as pinyin, meets a name */
  pinyin: { exact: 95, prefix: 60, initials: 55, inner: 30, coverageBonus: 30, wholeSyllables: 5 },
  /** at most this many points for being cited often, to order near-equal names */
  citationBonus: 3,
  /** an alias scores this much less than the official name matched the same way */
  aliasPenalty: 2,
};

import type { PlaceMatchedBy } from '../../types/search-response';

export type { PlaceMatchedBy };

export interface IndexedPlace {
  feature: AtlasFeature;
  names: Array<{ written: string; form: string; by: 'name' | 'alias' }>;
  english: string;
  englishWords: string[];
  /** the English name's words, without its bracketed qualifier, and the id's: "wuzhen town", "wuzhen", "wuzhen town" */
  englishNames: string[][];
  /** each keyword's words (supercomputer; convention centre) */
  keywords: Array<{ written: string; words: string[] }>;
  pinyin: Array<{ written: string; reading: PinyinName; by: 'name' | 'alias' }>;
  citationBonus: number;
  /** whether the English name, id or keywords hold any Han character (a Han term can meet them only then) */
  englishHasHan: boolean;
}

export interface PlaceMatch {
  feature: AtlasFeature;
  score: number;
  matchedBy: PlaceMatchedBy;
  /** the name, alias or English name that matched, as written */
  matchedName: string;
}

export function indexPlaces(features: AtlasFeature[]): IndexedPlace[] {
  return features.map((feature) => indexPlace(feature));
}

/** each feature's entry: a rebuild keeps the feature objects no write changed, and so their entries */
const indexPlace = memoByObject((feature: AtlasFeature): IndexedPlace => {
  const p = feature.properties;
  const written = [
    { written: p.name_zh, by: 'name' as const },
    ...p.aliases.map((alias) => ({ written: alias, by: 'alias' as const })),
  ];
  const keywords = (p.keywords_en ?? []).map((k) => ({ written: k, words: wordsOf(k) }));
  const english = `${p.name_en} ${feature.id.replace(/-/g, ' ')}`.toLowerCase();
  return {
    feature,
    names: written.map((n) => ({ ...n, form: searchForm(n.written) })),
    english,
    englishWords: wordsOf(english),
    englishNames: [wordsOf(p.name_en), wordsOf(p.name_en.replace(/\([^)]*\)/g, ' ')), wordsOf(feature.id)],
    keywords,
    pinyin: written.flatMap((n) => {
      const reading = pinyinName(n.written);
      return reading ? [{ ...n, reading }] : [];
    }),
    citationBonus: Math.min(PLACE_SEARCH.citationBonus, Math.log2(1 + p.passageIds.length)),
    englishHasHan: HAN.test(english) || keywords.some((k) => HAN.test(k.written)),
  };
});

const HAN = /\p{Script=Han}/u;

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Places matching every term (or the whole query as pinyin), best first. */
export function searchPlaces(places: IndexedPlace[], terms: string[], pinyinQuery: string): PlaceMatch[] {
  const matches: PlaceMatch[] = [];
  const readAsPinyin = isPinyinQuery(pinyinQuery);
  const hanTerms = terms.map((term) => HAN.test(term));
  for (const place of places) {
    const byTerms = scoreTerms(place, terms, hanTerms);
    const byPinyin = readAsPinyin ? scorePinyin(place, pinyinQuery) : null;
    const best = byPinyin && (!byTerms || byPinyin.score > byTerms.score) ? byPinyin : byTerms;
    // the phrase bonus orders places, whichever reading (pinyin or English) matched best
    const phrase = byTerms ? englishPhraseBonus(place, terms) : 0;
    if (best) matches.push({ ...best, feature: place.feature, score: best.score + phrase + place.citationBonus });
  }
  return matches.sort(
    (a, b) => b.score - a.score || a.feature.properties.name_zh.length - b.feature.properties.name_zh.length || (a.feature.id < b.feature.id ? -1 : 1),
  );
}

/** The Chinese a pinyin query spells in some place name (wuzhen → 乌镇), most common first. */
export function pinyinExpansions(places: IndexedPlace[], pinyinQuery: string, max = 3): string[] {
  if (!isPinyinQuery(pinyinQuery)) return [];
  const counts = new Map<string, number>();
  for (const place of places) {
    for (const { reading } of place.pinyin) {
      const chinese = matchPinyin(pinyinQuery, reading)?.chinese;
      if (chinese && chinese.length >= 2) counts.set(chinese, (counts.get(chinese) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).slice(0, max).map(([chinese]) => searchForm(chinese));
}

type Scored = Omit<PlaceMatch, 'feature'>;

// Runs for every place on every query: no closure is made per place or per term (each one made
// in a loop cost more than the comparisons it served).
function scoreTerms(place: IndexedPlace, terms: string[], hanTerms: boolean[]): Scored | null {
  if (terms.length === 0) return null;
  let total = 0;
  let first: Scored | null = null;
  for (let t = 0; t < terms.length; t += 1) {
    const term = terms[t];
    const best = bestByName(place, term) ?? (hanTerms[t] && !place.englishHasHan ? null : bestByEnglish(place, term));
    if (!best) return null;
    total += best.score;
    first ??= best;
  }
  return { ...first!, score: total };
}

/** How a term meets the place's Chinese names and aliases, at its best; null when it meets none. */
function bestByName(place: IndexedPlace, term: string): Scored | null {
  const N = PLACE_SEARCH.name;
  let best: Scored | null = null;
  for (const name of place.names) {
    const bonus = (N.lengthBonus * term.length) / name.form.length - (name.by === 'alias' ? PLACE_SEARCH.aliasPenalty : 0);
    let score: number;
    if (name.form === term) score = N.exact + Math.min(0, bonus);
    else if (name.form.startsWith(term)) score = N.prefix + bonus;
    else if (name.form.includes(term)) score = N.inner + bonus;
    else continue;
    if (!best || score > best.score) best = { score, matchedBy: name.by, matchedName: name.written };
  }
  return best;
}

/** How a term meets the English name, the id's words and the keywords, at its best; null when it meets none. */
function bestByEnglish(place: IndexedPlace, term: string): Scored | null {
  const E = PLACE_SEARCH.english;
  const englishName = place.feature.properties.name_en;
  let best: Scored | null = null;
  if (term === englishName.toLowerCase()) best = { score: E.exact, matchedBy: 'english', matchedName: englishName };
  else if (place.englishWords.includes(term)) best = { score: E.word, matchedBy: 'english', matchedName: englishName };
  else if (term.length >= 2 && place.englishWords.some((word) => word.startsWith(term))) best = { score: E.wordPrefix, matchedBy: 'english', matchedName: englishName };
  else if (term.length >= 3 && place.english.includes(term)) best = { score: E.inner, matchedBy: 'english', matchedName: englishName };
  for (const keyword of place.keywords) {
    // a keyword scores like a word of the name, just under it: the name is the stronger evidence
    let score: number;
    if (keyword.words.includes(term)) score = E.word - 1;
    else if (term.length >= 3 && keyword.words.some((word) => word.startsWith(term))) score = E.wordPrefix - 1;
    else continue;
    if (!best || score > best.score) best = { score, matchedBy: 'keyword', matchedName: keyword.written };
  }
  return best;
}

/** Jiaxing–Huzhou is the start of the zone's English name but only inside the S12's. */
function englishPhraseBonus(place: IndexedPlace, terms: string[]): number {
  const P = PLACE_SEARCH.englishPhrase;
  const phrase = terms.join(' ');
  let bonus = 0;
  for (const words of [...place.englishNames, ...place.keywords.map((k) => k.words)]) {
    const name = words.join(' ');
    if (name === phrase) bonus = Math.max(bonus, P.whole);
    else if (name.startsWith(`${phrase} `)) bonus = Math.max(bonus, P.start);
    else if (terms.length > 1 && ` ${name} `.includes(` ${phrase} `)) bonus = Math.max(bonus, P.inside);
  }
  return bonus;
}

/** How the whole query, read as pinyin (isPinyinQuery), meets the place's names, at its best. */
function scorePinyin(place: IndexedPlace, pinyinQuery: string): Scored | null {
  const P = PLACE_SEARCH.pinyin;
  let best: Scored | null = null;
  for (const { reading, written, by } of place.pinyin) {
    const match = matchPinyin(pinyinQuery, reading);
    if (!match) continue;
    const base = { exact: P.exact, prefix: P.prefix + P.coverageBonus * match.coverage, initials: P.initials, inner: P.inner + P.coverageBonus * match.coverage }[match.kind];
    const score = base + (match.chinese ? P.wholeSyllables : 0) - (by === 'alias' ? PLACE_SEARCH.aliasPenalty : 0);
    if (!best || score > best.score) best = { score, matchedBy: 'pinyin', matchedName: written };
  }
  return best;
}
