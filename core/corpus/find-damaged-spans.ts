/**
 * Finds the stretches of a passage that were corrupt in the source, to flag them (the characters
 * stay: they are evidence, and the offsets of everything after them must not move).
 *
 * Doc 001 lost characters in an encoding round trip: each corrupt stretch holds a `?` (or U+FFFD)
 * standing for a lost character, usually with mojibake around it: kana (ヂ), stray ASCII symbols
 * (! ; < ^), pinyin whose bracket and character were eaten (`lián)`), and Han characters seen
 * nowhere else in the document (皝, 磉). So a span starts at a `?` that is not a real question mark
 * and grows over neighbouring suspect characters. Rare Han characters join a span only when
 * mojibake closes them in on the far side too: a rare but genuine character can stand next to a
 * lost one (在向?qū)… keeps 向 out).
 *
 * A real question mark (為什么選擇烏鎮?這其中…) stands alone after a character or closing quote
 * and before a character, a quote or bracket, a space or the end of the text.
 */
import type { DamagedSpan } from '../../types/atlas';
import { CLOSERS, isAsciiAlphanumeric, isHan, isKana } from './cjk-characters';
import { INGEST_DEFAULTS, type IngestOptions } from './ingest-options';

export interface DamageContext {
  /** Han characters that occur once in the whole document (mojibake rarely repeats itself) */
  rareCharacters: ReadonlySet<string>;
}

const LOST = new Set(['?', '\ufffd']);
const STRAY_SYMBOL = /^[!;<>^~`|\\{}[\]_=*#@$&]$/;
const TONE_MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/** pinyin closed by a bracket that has no opening bracket: what is left of 聯(lián) after damage */
const ORPHAN_PINYIN = new RegExp(`(?<!\\()(?<![a-zü${TONE_MARKED}])[a-zü]*[${TONE_MARKED}][a-zü${TONE_MARKED}]*\\)`, 'gu');
const AFTER_REAL_QUESTION = /^[\s“”‘’「」『』（）()]$/u;

export function rareCharacters(texts: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const text of texts) for (const ch of text) if (isHan(ch)) seen.set(ch, (seen.get(ch) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n === 1).map(([ch]) => ch));
}

function isRealQuestionMark(chars: readonly string[], i: number): boolean {
  const before = chars[i - 1];
  const after = chars[i + 1];
  if (before === '?' || after === '?') return false;
  const fitsBefore = isHan(before) || isAsciiAlphanumeric(before) || (before !== undefined && CLOSERS.includes(before));
  const fitsAfter = after === undefined || isHan(after) || AFTER_REAL_QUESTION.test(after);
  return fitsBefore && fitsAfter;
}

function reasonFor(chars: readonly string[], orphan: ReadonlySet<number>, start: number, end: number): string {
  const reasons: string[] = [];
  const span = chars.slice(start, end);
  if (span.some((ch) => LOST.has(ch))) reasons.push('lost characters (?)');
  if (span.some((ch, k) => !LOST.has(ch) && !orphan.has(start + k))) reasons.push('mojibake');
  if (span.some((_ch, k) => orphan.has(start + k))) reasons.push('pinyin left without its character');
  return reasons.join(', ');
}

export function findDamagedSpans(
  text: string,
  context: DamageContext,
  options: Pick<IngestOptions, 'damagedMergeGap'> = INGEST_DEFAULTS,
): DamagedSpan[] {
  // every span grows from a lost character: a passage without one has none to find
  if (!text.includes('?') && !text.includes('\ufffd')) return [];
  const chars = Array.from(text);
  // UTF-16 offset of each character, so spans index `text` like every other range
  const offsets: number[] = [];
  chars.reduce((offset, ch) => (offsets.push(offset), offset + ch.length), 0);
  offsets.push(text.length);
  const charIndexAt = new Map(offsets.map((offset, i) => [offset, i]));

  const orphan = new Set<number>();
  for (const match of text.matchAll(ORPHAN_PINYIN)) {
    const first = charIndexAt.get(match.index) ?? 0;
    for (let k = 0; k < Array.from(match[0]).length; k += 1) orphan.add(first + k);
  }
  /** mojibake that is never a genuine character of Chinese prose */
  const garbled = (i: number): boolean => {
    const ch = chars[i];
    if (ch === undefined) return false;
    return LOST.has(ch) || isKana(ch) || STRAY_SYMBOL.test(ch) || orphan.has(i);
  };
  const rare = (i: number): boolean => isHan(chars[i]) && context.rareCharacters.has(chars[i] as string);
  /** how far a span reaching `from` grows in direction `step` (±1): over garbled characters, and over rare ones closed in by garbled */
  const grow = (from: number, step: 1 | -1): number => {
    let at = from;
    for (;;) {
      if (garbled(at + step)) {
        at += step;
        continue;
      }
      let k = at + step;
      while (rare(k)) k += step;
      if (k === at + step || !garbled(k)) return at;
      at = k;
    }
  };
  const spans: Array<[number, number]> = [];
  chars.forEach((ch, i) => {
    if (!LOST.has(ch) || (ch === '?' && isRealQuestionMark(chars, i))) return;
    const start = grow(i, -1);
    const end = grow(i, 1) + 1;
    const last = spans.at(-1);
    if (last && start - last[1] <= options.damagedMergeGap) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  });

  return spans.map(([start, end]) => ({
    start: offsets[start] ?? 0,
    end: offsets[end] ?? text.length,
    reason: reasonFor(chars, orphan, start, end),
  }));
}
