/**
 * Inline pinyin after characters, as doc 001 carries it: 鄉(xiāng). An annotation is a single
 * tone-marked syllable in brackets right after a Han character; requiring the tone mark keeps
 * enumerations like (a) and abbreviations like CIO(首席信息官) or 縣(市) out of reach.
 * Fragments whose opening bracket was eaten by mojibake (`?lián)`) do not match: they belong to a
 * damaged span and stay in the text for find-damaged-spans to flag.
 */
import { replaceAndCount, type RepairResult } from './repair-result';

const TONE_MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const SYLLABLE = `[a-zü]*[${TONE_MARKED}][a-zü${TONE_MARKED}]*`;
const ANNOTATION = new RegExp(`(?<=\\p{Script=Han})(?:\\(${SYLLABLE}\\)|（${SYLLABLE}）)`, 'gu');

export function stripPinyin(text: string): RepairResult {
  return replaceAndCount(text, ANNOTATION, () => '');
}
