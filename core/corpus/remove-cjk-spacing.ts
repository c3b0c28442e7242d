/**
 * Spaces next to Chinese characters in reading text: stray ones around numbers in doc 002
 * (`在 2016 年`, `5400 多个`), and the Western-style spacing doc 000 puts around Latin terms
 * (`实现 5G 网络`) but not consistently (`乌镇IP`). One form everywhere keeps search, mention
 * matching and claim extraction simple. A space between two Latin words or numbers stays.
 */
import { isCjk } from './cjk-characters';
import { replaceAndCount, type RepairResult } from './repair-result';

const INNER_SPACE = /(?<=\S)[ \t\u3000\u00a0]+(?=\S)/gu;

export function removeCjkSpacing(text: string): RepairResult {
  return replaceAndCount(text, INNER_SPACE, (match, offset) => {
    const before = text[offset - 1];
    const after = text[offset + match.length];
    return isCjk(before) || isCjk(after) ? '' : match;
  });
}
