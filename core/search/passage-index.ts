/**
 * A character-bigram index over the passages: Chinese needs no word breaks, so each passage is
 * indexed by every pair of adjacent characters of its search form (Simplified, lower-case, offsets
 * kept), and by each character for one-character queries. Postings give the passages that hold
 * a bigram and how rare it is (its IDF); a query reads only the passages its postings name.
 */
import type { AtlasDocument, Passage } from '../../types/atlas';
import { searchForm } from '../text/script-convert';
import { isSpaceUnit, rememberedTextPostings, type PostingLists } from './text-postings';

export { isSpaceUnit } from './text-postings';

export interface IndexedPassage {
  passage: Passage;
  /** the passage text in search form, same length and offsets as `passage.text` */
  comparable: string;
}

export interface PassageIndex {
  passages: IndexedPassage[];
  /** bigram → positions in `passages` of the passages that hold it, ascending */
  postings: PostingLists;
  /** one UTF-16 unit (never whitespace) → positions of the passages that hold it, ascending */
  characters: PostingLists;
  /** inverse document frequency of a bigram; 0 for one the corpus never has */
  idf(bigram: string): number;
}

/** The bigrams of a search-form text, in order (pairs across whitespace left out). */
export function bigramsOf(text: string): string[] {
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < text.length; i += 1) {
    if (!isSpaceUnit(text, i) && !isSpaceUnit(text, i + 1)) bigrams.push(text.slice(i, i + 2));
  }
  return bigrams;
}

export function buildPassageIndex(documents: AtlasDocument[]): PassageIndex {
  const passages: IndexedPassage[] = [];
  for (const document of documents) for (const passage of document.passages) passages.push({ passage, comparable: searchForm(passage.text) });
  const { bigrams: postings, characters } = rememberedTextPostings(passages.map((entry) => entry.comparable));
  const total = passages.length;
  return {
    passages,
    postings,
    characters,
    idf(bigram) {
      const df = postings.positionsOf(bigram)?.length ?? 0;
      return df === 0 ? 0 : Math.log(1 + (total - df + 0.5) / (df + 0.5));
    },
  };
}
