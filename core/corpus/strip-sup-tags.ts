/**
 * `<sup>…</sup>` tags from the HTML the exports came from. After a unit of length the number is an
 * exponent (doc 000: `1200m<sup>2</sup>` is 1200 square metres), so it becomes a superscript digit
 * (1200m²); deleting it would turn an area into a length. Anywhere else it is a footnote mark whose
 * note the corpus does not contain, so it goes.
 */
import { replaceAndCount, type RepairResult } from './repair-result';

const SUP_TAG = /<sup>\s*([^<]*?)\s*<\/sup>/gi;
/** m, km, cm, dm, mm just before the tag, not inside a longer Latin word */
const LENGTH_UNIT_BEFORE = /(?:^|[^A-Za-z])(?:k|c|d|m)?m$/;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function toSuperscript(digits: string): string {
  return Array.from(digits, (digit) => SUPERSCRIPT_DIGITS[Number(digit)] ?? digit).join('');
}

export function stripSupTags(text: string): RepairResult {
  return replaceAndCount(text, SUP_TAG, (_match, offset, [inner = '']) => {
    const isExponent = /^\d+$/.test(inner) && LENGTH_UNIT_BEFORE.test(text.slice(0, offset));
    return isExponent ? toSuperscript(inner) : '';
  });
}
