/**
 * Bytes of a text file → a string, in the encoding they were written in. In order:
 *   1. a byte-order mark (UTF-8, UTF-16, GB 18030) decides;
 *   2. a declared charset (Content-Type parameter, HTML meta) is honoured unless it cannot
 *      decode the bytes;
 *   3. bytes that are valid UTF-8 are UTF-8 (GB 18030 and Big5 text practically never is);
 *   4. otherwise GB 18030 and Big5 (and UTF-8 with damage) are tried and the most plausible
 *      decoding wins (common-han.ts: everyday characters vs rare ones, kana and U+FFFD).
 * Node's TextDecoder (full ICU) decodes GB 18030 and Big5; no table is kept here.
 */
import { plausibility, type Plausibility } from './common-han';
import { UnreadableFileError } from './upload-errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | (string & {});

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  warnings: string[];
}

export interface DecodeOptions {
  /** a charset label the file or its transport declares (`gb2312`, `big5`, `utf-8`) */
  declared?: string | null;
  /** the format's name for messages (`text`, `HTML`) */
  format?: string;
}

/** Below this share of everyday characters neither Chinese decoding is believed. */
const MIN_PLAUSIBILITY = 0.5;

const BOMS: ReadonlyArray<{ bytes: number[]; encoding: TextEncoding }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The WHATWG name for a charset label, GB 2312 and GBK widened to their superset GB 18030; null if unknown. */
export function normalizeCharset(label: string): TextEncoding | null {
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    return encoding === 'gbk' ? 'gb18030' : encoding;
  } catch {
    return null;
  }
}

function decodeLoosely(bytes: Uint8Array, encoding: TextEncoding): string {
  // ignoreBOM: false strips a leading mark of this encoding (UTF-8/16) instead of keeping it
  return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function countReplaced(text: string): number {
  return text.split('\ufffd').length - 1;
}

function withLossWarning(text: string, encoding: TextEncoding, warnings: string[]): DecodedText {
  const replaced = countReplaced(text);
  if (replaced > 0) {
    warnings.push(`${replaced} ${replaced === 1 ? 'byte sequence is' : 'byte sequences are'} not valid ${encoding} and became �.`);
  }
  return { text, encoding, warnings };
}

/** Chinese decodings that score this much below the other one are a wrong declaration. */
const MISLABEL_MARGIN = 0.2;

interface Candidate extends Plausibility {
  encoding: 'gb18030' | 'big5' | 'utf-8';
  text: string;
}

function candidate(bytes: Uint8Array, encoding: Candidate['encoding']): Candidate {
  const text = decodeLoosely(bytes, encoding);
  return { encoding, text, ...plausibility(text) };
}

/** Both Chinese decodings, GB 18030 first. */
function chineseCandidates(bytes: Uint8Array): [Candidate, Candidate] {
  return [candidate(bytes, 'gb18030'), candidate(bytes, 'big5')];
}

/** A declared charset's decoding, or null when the bytes show the declaration is wrong. */
function decodeDeclared(bytes: Uint8Array, declared: TextEncoding, utf8: string | null): string | null {
  if (declared === 'utf-8') return utf8;
  const text = decodeLoosely(bytes, declared);
  // pages labelled gb2312 but saved as UTF-8 are common; real GB or Big5 text is never valid UTF-8
  if (utf8 !== null && utf8 !== text) return null;
  if (declared === 'gb18030' || declared === 'big5') {
    const [gb, big5] = chineseCandidates(bytes);
    const [mine, other] = declared === 'gb18030' ? [gb, big5] : [big5, gb];
    return mine.score >= MIN_PLAUSIBILITY || mine.score >= other.score - MISLABEL_MARGIN ? text : null;
  }
  return countReplaced(text) === 0 ? text : null;
}

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const warnings: string[] = [];
  const bom = BOMS.find((mark) => mark.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) {
    const body = bom.encoding === 'gb18030' ? bytes.subarray(4) : bytes;
    return withLossWarning(decodeLoosely(body, bom.encoding), bom.encoding, warnings);
  }

  const utf8 = decodeStrictUtf8(bytes);
  if (options.declared) {
    const declared = normalizeCharset(options.declared);
    // UTF-16 cannot be declared inside the text it encodes (WHATWG: such a label means UTF-8)
    if (!declared || declared.startsWith('utf-16')) {
      warnings.push(`The declared charset "${options.declared.slice(0, 40)}" is not one the atlas reads; it was ignored.`);
    } else {
      const text = decodeDeclared(bytes, declared, utf8);
      if (text !== null) return withLossWarning(text, declared, warnings);
      warnings.push(`The file declares ${declared}, but its bytes are not ${declared}; the encoding was detected instead.`);
    }
  }
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', warnings };

  // ties go to GB 18030: mainland documents are the common case. UTF-8 with a damaged byte or a
  // character cut off at the end is still UTF-8: it competes too, its U+FFFD counting against it
  const best = [...chineseCandidates(bytes), candidate(bytes, 'utf-8')].reduce((a, b) => (b.score > a.score ? b : a));
  if (best.score < MIN_PLAUSIBILITY) {
    throw new UnreadableFileError(
      options.format ?? 'text',
      'its text is neither UTF-8, GB 18030 nor Big5 (save it as UTF-8 and upload it again)',
    );
  }
  return withLossWarning(best.text, best.encoding, warnings);
}
