/**
 * A place's curated text (geometrySource, notes) in the interface's language: the gazetteer gives
 * each in English and Chinese; where a Chinese text is missing (a place added without one), the
 * English is shown and marked as English, never passed off as Chinese.
 */
import type { Lang } from './strings';

export interface CuratedText {
  text: string;
  lang: 'en' | 'zh-Hans';
  /** Chinese mode, but the text exists only in English */
  englishOnly: boolean;
}

export function curatedText(english: string, chinese: string | undefined, lang: Lang): CuratedText {
  if (lang === 'en') return { text: english, lang: 'en', englishOnly: false };
  return chinese ? { text: chinese, lang: 'zh-Hans', englishOnly: false } : { text: english, lang: 'en', englishOnly: true };
}
