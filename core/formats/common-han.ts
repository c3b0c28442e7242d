/**
 * How plausible a decoding of Chinese text is: the share of its non-ASCII characters that are
 * characters in everyday use or Chinese punctuation. Text decoded with the wrong table is full of
 * rare characters, kana, symbols and U+FFFD instead.
 *
 * "Everyday use" comes from the encodings themselves, so no list is kept: GB 2312's level-1 block
 * (rows 16–55, the 3,755 most used simplified characters) and Big5's "frequently used" block
 * (A440–C67E, 5,401 traditional characters).
 */

let everyday: ReadonlySet<string> | null = null;

function decodeBlock(label: string, leads: [number, number], trails: ReadonlyArray<[number, number]>): string[] {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead += 1) {
    for (const [from, to] of trails) for (let trail = from; trail <= to; trail += 1) bytes.push(lead, trail);
  }
  return [...new TextDecoder(label).decode(new Uint8Array(bytes))].filter((ch) => /\p{Script=Han}/u.test(ch));
}

export function everydayHan(): ReadonlySet<string> {
  everyday ??= new Set([
    ...decodeBlock('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]]),
    ...decodeBlock('big5', [0xa4, 0xc6], [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ]),
  ]);
  return everyday;
}

/** Punctuation and forms Chinese text uses: CJK symbols, full-width forms, curly quotes, dashes, middle dot. */
const CHINESE_PUNCTUATION = /[\u3000-\u303f\uff01-\uff5e\u2018\u2019\u201c\u201d\u2014\u2026\u00b7\u2160-\u216b\u2460-\u2473]/u;

/** Accented Latin letters (pinyin tone marks, names) say nothing either way: both tables hold some. */
const NEUTRAL = /[\u00c0-\u024f\u0300-\u036f]/u;

export interface Plausibility {
  /** everyday characters and punctuation among non-ASCII, non-Latin characters, 0…1 (1 when there are none) */
  score: number;
  nonAscii: number;
  /** U+FFFD: bytes the table could not map */
  replaced: number;
}

export function plausibility(text: string): Plausibility {
  const common = everydayHan();
  let nonAscii = 0;
  let good = 0;
  let replaced = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80 || NEUTRAL.test(ch)) continue;
    nonAscii += 1;
    if (ch === '\ufffd') replaced += 1;
    else if (common.has(ch) || CHINESE_PUNCTUATION.test(ch)) good += 1;
  }
  return { score: nonAscii === 0 ? 1 : good / nonAscii, nonAscii, replaced };
}
