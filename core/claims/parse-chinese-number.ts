/**
 * Numbers as the documents write them: Arabic (248, 26.87, 10,000), Chinese (八, 十四, 两千,
 * 一百零五, 二〇二二) and mixed (1.8万, 5000亿, 百亿亿, 万亿). Returns null for anything else.
 */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Every character a Chinese numeral may contain, for building patterns. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

const ARABIC_PREFIX = /^\d+(?:,\d{3})*(?:\.\d+)?|^\d+(?:\.\d+)?/;

export function parseChineseNumber(text: string): number | null {
  const source = text.trim();
  if (source === '') return null;
  let rest = source;
  // An Arabic lead (1.8万, 5000亿) is the first "digit" of the Chinese reading.
  let pending: number | null = null;
  const arabic = ARABIC_PREFIX.exec(rest);
  if (arabic) {
    pending = Number(arabic[0].replace(/,/g, ''));
    rest = rest.slice(arabic[0].length);
    if (rest === '') return pending;
  }
  for (const ch of rest) if (!CHINESE_NUMERAL_CHARS.includes(ch)) return null;
  if (pending === null && !/[十百千万亿]/.test(rest)) return digitString(rest);

  let total = 0;
  let section = 0;
  let digit = pending ?? 0;
  let lastBig = Infinity;
  let previousWasDigit = pending !== null;
  for (const ch of rest) {
    if (ch in DIGITS) {
      // 一百零五: a digit after 零 continues the number; 二〇二二-style strings were handled above
      digit = previousWasDigit ? digit * 10 + DIGITS[ch] : DIGITS[ch];
      previousWasDigit = true;
    } else if (ch in SMALL_UNITS) {
      section += (digit || (previousWasDigit ? 0 : 1)) * SMALL_UNITS[ch];
      if (previousWasDigit && digit === 0) return null; // 零十 is not a number
      digit = 0;
      previousWasDigit = false;
    } else {
      const big = BIG_UNITS[ch];
      const group = section + digit;
      if (big < lastBig) {
        total += (group || 1) * big;
        lastBig = big;
      } else {
        // 万亿, 亿亿: a larger or equal unit multiplies everything before it
        total = (total + group || 1) * big;
        lastBig = big;
      }
      section = 0;
      digit = 0;
      previousWasDigit = false;
    }
  }
  return total + section + digit;
}

/** 二〇二二 → 2022, 八 → 8: digits read one after another. */
function digitString(text: string): number | null {
  let value = 0;
  for (const ch of text) {
    if (!(ch in DIGITS)) return null;
    value = value * 10 + DIGITS[ch];
  }
  return value;
}
