/**
 * What a claim measures (its `what`, the text's own words: 院士, 总投资) in the interface's
 * language: English from the reviewed glossary (claim-what-en.json), the Chinese words in Chinese,
 * and the Chinese words marked as such where the glossary has no entry yet (a new document).
 */
import type { Lang } from '../i18n/strings';
import glossary from './claim-what-en.json';

const ENGLISH: Record<string, string> = glossary.terms;

export interface ClaimWhatText {
  text: string;
  /** the BCP 47 language of `text`, for the element's lang attribute */
  lang: 'en' | 'zh-Hans';
  /** English mode, but no English for these words: the text is the Chinese */
  untranslated: boolean;
}

export function claimWhatText(what: string, lang: Lang): ClaimWhatText {
  if (lang === 'zh') return { text: what, lang: 'zh-Hans', untranslated: false };
  const english = ENGLISH[what];
  return english ? { text: english, lang: 'en', untranslated: false } : { text: what, lang: 'zh-Hans', untranslated: true };
}
