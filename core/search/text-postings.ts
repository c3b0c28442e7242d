/**
 * Postings over a list of texts in search form: for each bigram (two adjacent UTF-16 units,
 * neither whitespace) and each single unit, the positions of the texts that hold it, ascending.
 * A phrase can only occur in a text that holds all its bigrams, so the postings narrow a
 * substring search to a few texts before any text is read.
 *
 * Keys are numbers, not two-character strings: a 2-million-character corpus makes 4 million
 * look-ups at start-up, and slicing and hashing a string for each cost seconds.
 */

/** Read access to posting lists by their text key (a bigram, or one unit). */
export interface PostingLists {
  get(key: string): number[] | undefined;
  has(key: string): boolean;
  /** how many distinct keys have a list */
  readonly size: number;
}

export interface TextPostings {
  /** bigram → positions of the texts that hold it, ascending */
  bigrams: PostingLists;
  /** one UTF-16 unit (never whitespace) → positions of the texts that hold it, ascending */
  characters: PostingLists;
  /** how many texts were indexed */
  size: number;
}

/** JavaScript's `\s`, looked up by UTF-16 unit. */
const SPACE = (() => {
  const table = new Uint8Array(0x10000);
  for (let unit = 0; unit < table.length; unit += 1) table[unit] = /\s/.test(String.fromCharCode(unit)) ? 1 : 0;
  return table;
})();

export function isSpaceUnit(text: string, at: number): boolean {
  return SPACE[text.charCodeAt(at)] === 1;
}

/** Two UTF-16 units as one 32-bit integer (a small integer to V8, so a fast Map key). */
const bigramKey = (first: number, second: number) => (first << 16) | second;

function bigramLists(lists: Map<number, number[]>): PostingLists {
  return {
    get: (key) => (key.length === 2 ? lists.get(bigramKey(key.charCodeAt(0), key.charCodeAt(1))) : undefined),
    has: (key) => key.length === 2 && lists.has(bigramKey(key.charCodeAt(0), key.charCodeAt(1))),
    get size() {
      return lists.size;
    },
  };
}

function unitLists(lists: Array<number[] | undefined>): PostingLists {
  return {
    get: (key) => (key.length === 1 ? lists[key.charCodeAt(0)] : undefined),
    has: (key) => key.length === 1 && lists[key.charCodeAt(0)] !== undefined,
    get size() {
      return lists.reduce((n, list) => (list ? n + 1 : n), 0);
    },
  };
}

export function buildTextPostings(texts: readonly string[]): TextPostings {
  const bigrams = new Map<number, number[]>();
  const characters: Array<number[] | undefined> = new Array(0x10000);
  texts.forEach((text, position) => {
    let previous = -1; // the unit before, or -1 after whitespace
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      if (SPACE[unit] === 1) {
        previous = -1;
        continue;
      }
      const units = characters[unit];
      if (units === undefined) characters[unit] = [position];
      else if (units[units.length - 1] !== position) units.push(position);
      if (previous >= 0) {
        const key = bigramKey(previous, unit);
        const list = bigrams.get(key);
        if (list === undefined) bigrams.set(key, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      }
      previous = unit;
    }
  });
  return { bigrams: bigramLists(bigrams), characters: unitLists(characters), size: texts.length };
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
