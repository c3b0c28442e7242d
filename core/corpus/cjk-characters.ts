/**
 * The character classes the repairs reason about. Chinese running text mixes Han ideographs with
 * full-width punctuation and curly quotes; a space is only meaningful between two non-CJK tokens.
 */

const HAN = /\p{Script=Han}/u;
const KANA = /[\u3040-\u30ff]/u;
/** CJK symbols and punctuation, full-width forms, and the general punctuation Chinese text uses. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/u;

/** Marks that end a sentence, as Chinese text writes them (full-width) or as some sources type them. */
export const SENTENCE_FINAL = '。！？!?…';
/** Closing quotes and brackets that may follow a sentence-final mark. */
export const CLOSERS = '”’」』）)》】';
/** Marks after which a sentence clearly goes on. */
export const CONTINUING = '，、；：,;:';

/** HAN for each UTF-16 unit, so one-unit characters (nearly all) are looked up, not matched: ingestion asks millions of times. */
const HAN_UNIT = (() => {
  const table = new Uint8Array(0x10000);
  for (let unit = 0; unit < table.length; unit += 1) table[unit] = HAN.test(String.fromCharCode(unit)) ? 1 : 0;
  return table;
})();

export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return ch.length === 1 ? HAN_UNIT[ch.charCodeAt(0)] === 1 : HAN.test(ch);
}

export function isKana(ch: string | undefined): boolean {
  return ch !== undefined && KANA.test(ch);
}

export function isCjkPunctuation(ch: string | undefined): boolean {
  return ch !== undefined && CJK_PUNCTUATION.test(ch);
}

/** Han or CJK punctuation: a character next to which a space is never needed. */
export function isCjk(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunctuation(ch);
}

/** ASCII letter or digit (a space between two of these separates words and must stay). */
export function isAsciiAlphanumeric(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z0-9]$/.test(ch);
}
