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
  /** the positions of the texts holding the key, ascending, as a view into the postings */
  positionsOf(key: string): Int32Array | undefined;
  /** how often each text of `positionsOf(key)` holds the key, in the same order */
  countsOf(key: string): Int32Array | undefined;
  /** the positions as a plain array (a copy) */
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

/**
 * Every key's list in one typed array (compressed sparse rows: `offsets[id]` to
 * `offsets[id + 1]`), built in two passes: count, then fill. Millions of small growing arrays
 * kept the garbage collector busier than the indexing itself.
 */
class Rows {
  private readonly offsets: Int32Array;
  readonly positions: Int32Array;
  readonly counts: Int32Array;

  constructor(textsPerKey: number[]) {
    this.offsets = new Int32Array(textsPerKey.length + 1);
    for (let id = 0; id < textsPerKey.length; id += 1) this.offsets[id + 1] = this.offsets[id] + textsPerKey[id];
    this.positions = new Int32Array(this.offsets[textsPerKey.length]);
    this.counts = new Int32Array(this.offsets[textsPerKey.length]);
    this.fill = Int32Array.from(this.offsets.subarray(0, textsPerKey.length));
  }

  /** the next free slot of each row while filling */
  private readonly fill: Int32Array;

  add(id: number, position: number): void {
    const at = this.fill[id];
    if (at > this.offsets[id] && this.positions[at - 1] === position) this.counts[at - 1] += 1;
    else {
      this.positions[at] = position;
      this.counts[at] = 1;
      this.fill[id] = at + 1;
    }
  }

  positionsOf(id: number): Int32Array {
    return this.positions.subarray(this.offsets[id], this.offsets[id + 1]);
  }

  countsOf(id: number): Int32Array {
    return this.counts.subarray(this.offsets[id], this.offsets[id + 1]);
  }
}

function lists(rows: Rows, idOf: (key: string) => number | undefined, size: number): PostingLists {
  return {
    positionsOf: (key) => {
      const id = idOf(key);
      return id === undefined ? undefined : rows.positionsOf(id);
    },
    countsOf: (key) => {
      const id = idOf(key);
      return id === undefined ? undefined : rows.countsOf(id);
    },
    get: (key) => {
      const id = idOf(key);
      return id === undefined ? undefined : Array.from(rows.positionsOf(id));
    },
    has: (key) => idOf(key) !== undefined,
    size,
  };
}

export function buildTextPostings(texts: readonly string[]): TextPostings {
  // pass 1: an id for each key, and how many texts hold it (loops written out: this runs over
  // every character of the corpus twice, and a callback per character doubled the time)
  const bigramIds = new Map<number, number>();
  const bigramTexts: number[] = [];
  const bigramLast: number[] = [];
  const unitIds = new Int32Array(0x10000).fill(-1);
  const unitTexts: number[] = [];
  const unitLast: number[] = [];
  // the bigram id ending at each character of the corpus, in order (-1: none), so pass 2 reads
  // ids instead of looking each bigram up again
  let characters = 0;
  for (const text of texts) characters += text.length;
  const bigramAt = new Int32Array(characters);
  let k = 0;
  for (let position = 0; position < texts.length; position += 1) {
    const text = texts[position];
    let previous = -1; // the unit before, or -1 after whitespace
    for (let i = 0; i < text.length; i += 1, k += 1) {
      bigramAt[k] = -1;
      const unit = text.charCodeAt(i);
      if (SPACE[unit] === 1) {
        previous = -1;
        continue;
      }
      let id = unitIds[unit];
      if (id < 0) {
        id = unitIds[unit] = unitTexts.length;
        unitTexts.push(0);
        unitLast.push(-1);
      }
      if (unitLast[id] !== position) {
        unitLast[id] = position;
        unitTexts[id] += 1;
      }
      if (previous >= 0) {
        const key = bigramKey(previous, unit);
        let bigram = bigramIds.get(key);
        if (bigram === undefined) {
          bigram = bigramTexts.length;
          bigramIds.set(key, bigram);
          bigramTexts.push(0);
          bigramLast.push(-1);
        }
        if (bigramLast[bigram] !== position) {
          bigramLast[bigram] = position;
          bigramTexts[bigram] += 1;
        }
        bigramAt[k] = bigram;
      }
      previous = unit;
    }
  }
  // pass 2: the positions and counts, row by row
  const bigramRows = new Rows(bigramTexts);
  const unitRows = new Rows(unitTexts);
  k = 0;
  for (let position = 0; position < texts.length; position += 1) {
    const text = texts[position];
    for (let i = 0; i < text.length; i += 1, k += 1) {
      const unit = text.charCodeAt(i);
      if (SPACE[unit] === 1) continue;
      unitRows.add(unitIds[unit], position);
      if (bigramAt[k] >= 0) bigramRows.add(bigramAt[k], position);
    }
  }
  const bigramIdOf = (key: string) => (key.length === 2 ? bigramIds.get(bigramKey(key.charCodeAt(0), key.charCodeAt(1))) : undefined);
  const unitIdOf = (key: string) => {
    const id = key.length === 1 ? unitIds[key.charCodeAt(0)] : -1;
    return id >= 0 ? id : undefined;
  };
  return { bigrams: lists(bigramRows, bigramIdOf, bigramTexts.length), characters: lists(unitRows, unitIdOf, unitTexts.length), size: texts.length };
}

export const TEXT_POSTINGS = {
  /** postings remembered by rememberedTextPostings: the last atlas's passages and claim sentences */
  remembered: 2,
};

const recent: Array<{ texts: readonly string[]; postings: TextPostings }> = [];

/**
 * buildTextPostings, remembered for the same texts in the same order: an atlas rebuilt after a
 * write that changed no text (a place, a link) keeps its postings instead of reading the corpus
 * again. The texts are compared, not trusted: equal strings, equal postings.
 */
export function rememberedTextPostings(texts: readonly string[]): TextPostings {
  const at = recent.findIndex((entry) => sameTexts(entry.texts, texts));
  const entry = at >= 0 ? recent.splice(at, 1)[0] : { texts: [...texts], postings: buildTextPostings(texts) };
  recent.unshift(entry);
  recent.length = Math.min(recent.length, TEXT_POSTINGS.remembered);
  return entry.postings;
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Positions of the texts that may contain `phrase` (every bigram of it, or its one character),
 * ascending; null when the postings cannot narrow it (a phrase with whitespace and no bigram).
 */
export function textsHolding(postings: TextPostings, phrase: string): Int32Array | number[] | null {
  if (phrase.length === 1) return isSpaceUnit(phrase, 0) ? null : (postings.characters.positionsOf(phrase) ?? []);
  const lists: Array<ArrayLike<number>> = [];
  for (let i = 0; i + 1 < phrase.length; i += 1) {
    if (isSpaceUnit(phrase, i) || isSpaceUnit(phrase, i + 1)) continue;
    const list = postings.bigrams.positionsOf(phrase.slice(i, i + 2));
    if (list === undefined) return [];
    lists.push(list);
  }
  return lists.length === 0 ? null : intersectAscending(lists);
}

/** The positions every list holds, ascending (each list ascending). */
export function intersectAscending(lists: Array<ArrayLike<number>>): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result: number[] = Array.from(sorted[0]);
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
  return result;
}
