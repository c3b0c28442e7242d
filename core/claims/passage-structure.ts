/**
 * What the claim rules need to know about a passage besides its words: a comparable copy of the
 * text (Simplified, half-width, lower-case, same offsets), its sentences and clauses, and the
 * stretches where a number is not a statement (slogans in “…”, titles in 《…》, damaged text).
 */
import type { Passage, TextRange } from '../../types/atlas';
import { toSimplified } from '../text/script-convert';

export interface PassageStructure {
  passage: Passage;
  /** Simplified copy of passage.text, same offsets: the words a claim's `what` is taken from */
  simplified: string;
  /** the simplified copy, half-width and lower-case, same offsets: what the rules match */
  comparable: string;
  /** split at 。！？!? (not inside damaged text) */
  sentences: TextRange[];
  /** sentences split further at ；; — the unit within which a figure looks for its place */
  clauses: TextRange[];
  /** “…” stretches, quotes included */
  quotes: TextRange[];
  /** 《…》 stretches, brackets included */
  bookTitles: TextRange[];
}

const SENTENCE_END = /[。！？!?]/;
const CLAUSE_END = /[。！？!?；;]/;

export function analysePassage(passage: Passage): PassageStructure {
  const simplified = toSimplified(passage.text);
  const comparable = comparableText(simplified);
  return {
    passage,
    simplified,
    comparable,
    sentences: splitRanges(comparable, SENTENCE_END, passage.damaged),
    clauses: splitRanges(comparable, CLAUSE_END, passage.damaged),
    quotes: pairedRanges(comparable, '“', '”'),
    bookTitles: pairedRanges(comparable, '《', '》'),
  };
}

const FULL_WIDTH = /[\uFF01-\uFF5E]/;
/** ASCII, general punctuation, CJK symbols and ideographs, full-width forms: no case but A–Z (full-width letters are folded first) */
const CASELESS_BUT_ASCII = /^[\u0000-\u007F\u2000-\u206F\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]*$/;

/** Simplified, full-width ASCII folded, lower-case; every step keeps the length. */
export function comparableText(text: string): string {
  const simplified = toSimplified(text);
  // most passages have nothing to fold or lower: then the text is its own comparable form
  if (!FULL_WIDTH.test(simplified) && simplified.toLowerCase() === simplified) return simplified;
  // ASCII, CJK and their punctuation: only A–Z have a lower case, one unit for one
  if (CASELESS_BUT_ASCII.test(simplified)) {
    return simplified.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[A-Z]+/g, (run) => run.toLowerCase());
  }
  let out = '';
  for (const ch of simplified) {
    const folded = /[\uFF01-\uFF5E]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch;
    const lower = folded.toLowerCase();
    out += lower.length === folded.length ? lower : folded;
  }
  return out;
}

function splitRanges(text: string, end: RegExp, damaged: TextRange[]): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (!end.test(text[i]) || inside(damaged, i)) continue;
    // a run of terminators (！？, ……) ends one sentence
    while (i + 1 < text.length && end.test(text[i + 1])) i += 1;
    ranges.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

function pairedRanges(text: string, open: string, close: string): TextRange[] {
  const ranges: TextRange[] = [];
  let from = -1;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === open) from = i;
    else if (text[i] === close && from >= 0) {
      ranges.push({ start: from, end: i + 1 });
      from = -1;
    }
  }
  return ranges;
}

export function inside(ranges: TextRange[], offset: number): boolean {
  return ranges.some((r) => offset >= r.start && offset < r.end);
}

export function overlaps(ranges: TextRange[], start: number, end: number): boolean {
  return ranges.some((r) => start < r.end && end > r.start);
}

/** The range of `ranges` holding `offset` (the last one for an offset at the very end). */
export function rangeAt(ranges: TextRange[], offset: number): TextRange {
  return ranges.find((r) => offset >= r.start && offset < r.end) ?? ranges[ranges.length - 1] ?? { start: 0, end: 0 };
}
