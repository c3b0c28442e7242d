/**
 * Does the corpus name a place? Asked of the ingested passages, the corpus step's output, so the
 * rule reads the text the linker links (pinyin annotations gone, hard wraps joined, OCR doubling
 * collapsed) and compares as the linker compares: search form, Simplified, lower-case.
 */
import type { Passage } from '../../types/atlas';
import { searchForm } from '../text/script-convert';

export interface CorpusNames {
  /** true when the name (in any script) occurs in some passage */
  has(name: string): boolean;
}

export function corpusNames(passages: Iterable<Pick<Passage, 'text'>>): CorpusNames {
  // one text to search, a line apart per passage: a name is never found across two passages
  const text = Array.from(passages, (passage) => searchForm(passage.text)).join('\n');
  return { has: (name) => text.includes(searchForm(name)) };
}
