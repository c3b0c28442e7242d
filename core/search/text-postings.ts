/**
 * Postings over a list of texts in search form: for each bigram (two adjacent UTF-16 units,
 * neither whitespace) and each single unit, the positions of the texts that hold it, ascending.
 * A phrase can only occur in a text that holds all its bigrams, so the postings narrow a
 * substring search to a few texts before any text is read.
 */

export interface TextPostings {
  /** bigram → positions of the texts that hold it, ascending */
  bigrams: Map<string, number[]>;
  /** one UTF-16 unit (never whitespace) → positions of the texts that hold it, ascending */
  characters: Map<string, number[]>;
  /** how many texts were indexed */
  size: number;
}

/** JavaScript's `\s`, looked up by UTF-16 unit: an index build tests millions of characters. */
const SPACE = (() => {
  const table = new Uint8Array(0x10000);
  for (let unit = 0; unit < table.length; unit += 1) table[unit] = /\s/.test(String.fromCharCode(unit)) ? 1 : 0;
  return table;
})();

export function isSpaceUnit(text: string, at: number): boolean {
  return SPACE[text.charCodeAt(at)] === 1;
}

/** Adds `position` to the key's list once: positions arrive in ascending order. */
function post(postings: Map<string, number[]>, key: string, position: number): void {
  const list = postings.get(key);
  if (list === undefined) postings.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

export function buildTextPostings(texts: readonly string[]): TextPostings {
  const bigrams = new Map<string, number[]>();
  const characters = new Map<string, number[]>();
  texts.forEach((text, position) => {
    for (let i = 0; i < text.length; i += 1) {
      if (isSpaceUnit(text, i)) continue;
      post(characters, text[i], position);
      if (i + 1 < text.length && !isSpaceUnit(text, i + 1)) post(bigrams, text.slice(i, i + 2), position);
    }
  });
  return { bigrams, characters, size: texts.length };
}

/**
 * Positions of the texts that may contain `phrase` (every bigram of it, or its one character),
 * ascending; null when the postings cannot narrow it (a phrase with whitespace and no bigram).
 */
export function textsHolding(postings: TextPostings, phrase: string): number[] | null {
  if (phrase.length === 1) return isSpaceUnit(phrase, 0) ? null : (postings.characters.get(phrase) ?? []);
  const lists: number[][] = [];
  for (let i = 0; i + 1 < phrase.length; i += 1) {
    if (isSpaceUnit(phrase, i) || isSpaceUnit(phrase, i + 1)) continue;
    const list = postings.bigrams.get(phrase.slice(i, i + 2));
    if (list === undefined) return [];
    lists.push(list);
  }
  return lists.length === 0 ? null : intersectAscending(lists);
}

/** The positions every list holds, ascending (each list ascending). */
export function intersectAscending(lists: number[][]): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result = sorted[0];
  for (const list of sorted.slice(1)) {
    const next: number[] = [];
    let j = 0;
    for (const position of result) {
      while (j < list.length && list[j] < position) j += 1;
      if (j === list.length) break;
      if (list[j] === position) next.push(position);
    }
    result = next;
    if (result.length === 0) break;
  }
  return result === sorted[0] ? [...result] : result;
}
