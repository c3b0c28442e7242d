/**
 * Toneless pinyin of place names, worked out once at start-up (pinyin-pro), so `wuzhen`,
 * `wu zhen`, `Wūzhèn` and `wuzhenzhiguang` find 乌镇… names. A query matches a name when its
 * letters run from one syllable boundary (to another, or to the end while the user is typing);
 * the Chinese characters under a whole-syllable match (wuzhen → 乌镇) let passages be searched too.
 */
import { pinyin } from 'pinyin-pro';

/** Readings pinyin-pro gets wrong in place names: 西栅 is Xīzhà, not xīshān. */
const READING_FIXES: Record<string, string[]> = {
  西栅: ['xi', 'zha'],
  东栅: ['dong', 'zha'],
};

export interface PinyinName {
  /** the name as written */
  name: string;
  /** the characters of the name, one per syllable slot */
  chars: string[];
  /** toneless syllable (or lower-case letter/digit) per character, '' for punctuation */
  syllables: string[];
  /** all syllables run together: wuzhenzhiguang */
  joined: string;
  /** offset in `joined` where each character's syllable starts, plus joined.length at the end */
  offsets: number[];
  /** first letters of the syllables: wzzg */
  initials: string;
}

export type PinyinMatchKind = 'exact' | 'prefix' | 'inner' | 'initials';

export interface PinyinMatch {
  kind: PinyinMatchKind;
  /** the share of the name's letters the query covers */
  coverage: number;
  /** the characters the query spells out, when it ends on a syllable boundary (乌镇 for wuzhen) */
  chinese: string | null;
}

/** Folds a query or reading for comparison: no tone marks, no separators, ü and v as u. */
export function pinyinKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’\-·]/g, '')
    .replace(/[üv]/g, 'u');
}

/** True when a folded query could be pinyin (letters only). */
export function isPinyinQuery(key: string): boolean {
  return key.length >= 2 && /^[a-z]+$/.test(key);
}

export function pinyinName(name: string): PinyinName | null {
  if (!/\p{Script=Han}/u.test(name)) return null;
  const chars = Array.from(name);
  const readings = pinyin(name, { toneType: 'none', type: 'array' });
  if (readings.length !== chars.length) return null;
  const syllables = readings.map((reading) => pinyinKey(reading).replace(/[^a-z0-9]/g, ''));
  for (const [phrase, fixed] of Object.entries(READING_FIXES)) {
    for (let at = name.indexOf(phrase); at >= 0; at = name.indexOf(phrase, at + 1)) {
      const index = Array.from(name.slice(0, at)).length;
      fixed.forEach((syllable, i) => (syllables[index + i] = syllable));
    }
  }
  const offsets: number[] = [];
  let joined = '';
  for (const syllable of syllables) {
    offsets.push(joined.length);
    joined += syllable;
  }
  offsets.push(joined.length);
  const initials = syllables.filter((s) => s.length > 0).map((s) => s[0]).join('');
  return { name, chars, syllables, joined, offsets, initials };
}

/** How a folded pinyin query matches a name, or null. */
export function matchPinyin(key: string, name: PinyinName): PinyinMatch | null {
  if (!isPinyinQuery(key) || name.joined.length === 0) return null;
  const coverage = Math.min(1, key.length / name.joined.length);
  let best: PinyinMatch | null = null;
  for (let c = 0; c < name.chars.length; c += 1) {
    const start = name.offsets[c];
    if (name.syllables[c] === '' || !name.joined.startsWith(key, start)) continue;
    const endChar = name.offsets.indexOf(start + key.length, c + 1);
    // A whole-syllable match spells out characters; otherwise the user is still typing the last one.
    const chinese = endChar > c ? name.chars.slice(c, endChar).join('') : null;
    const kind: PinyinMatchKind = start === 0 ? (key.length === name.joined.length ? 'exact' : 'prefix') : 'inner';
    const match = { kind, coverage, chinese };
    if (!best || rank(match) > rank(best)) best = match;
  }
  if (!best && key.length >= 3 && name.initials === key) best = { kind: 'initials', coverage: 1, chinese: null };
  return best;
}

function rank(match: PinyinMatch): number {
  return { exact: 4, prefix: 3, initials: 2, inner: 1 }[match.kind] + (match.chinese ? 0.5 : 0);
}
