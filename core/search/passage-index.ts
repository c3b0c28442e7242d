/**
 * A character-bigram index over the passages: Chinese needs no word breaks, so each passage is
 * indexed by every pair of adjacent characters of its search form (Simplified, lower-case, offsets
 * kept). Postings give the passages that hold a bigram and how rare it is (its IDF).
 */
import type { AtlasDocument, Passage } from '../../types/atlas';
import { searchForm } from '../text/script-convert';

export interface IndexedPassage {
  passage: Passage;
  /** the passage text in search form, same length and offsets as `passage.text` */
  comparable: string;
  bigrams: Set<string>;
}

export interface PassageIndex {
  passages: IndexedPassage[];
  /** bigram → positions in `passages` of the passages that hold it, ascending */
  postings: Map<string, number[]>;
  /** inverse document frequency of a bigram; 0 for one the corpus never has */
  idf(bigram: string): number;
}

const SPACE = /\s/;

/** The bigrams of a search-form text, in order (pairs across whitespace left out). */
export function bigramsOf(text: string): string[] {
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < text.length; i += 1) {
    if (!SPACE.test(text[i]) && !SPACE.test(text[i + 1])) bigrams.push(text.slice(i, i + 2));
  }
  return bigrams;
}

export function buildPassageIndex(documents: AtlasDocument[]): PassageIndex {
  const passages: IndexedPassage[] = documents.flatMap((document) =>
    document.passages.map((passage) => {
      const comparable = searchForm(passage.text);
      return { passage, comparable, bigrams: new Set(bigramsOf(comparable)) };
    }),
  );
  const postings = new Map<string, number[]>();
  passages.forEach((entry, position) => {
    for (const bigram of entry.bigrams) {
      const list = postings.get(bigram);
      if (list) list.push(position);
      else postings.set(bigram, [position]);
    }
  });
  const total = passages.length;
  return {
    passages,
    postings,
    idf(bigram) {
      const df = postings.get(bigram)?.length ?? 0;
      return df === 0 ? 0 : Math.log(1 + (total - df + 0.5) / (df + 0.5));
    },
  };
}
