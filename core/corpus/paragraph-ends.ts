/**
 * Does a line end its paragraph? Two conventions occur. Most sources put each paragraph on one
 * line, so a line that stops without closing punctuation was cut (doc 000 across a page break,
 * doc 004 in the middle of 等在内的). Doc 002 is hard-wrapped at a fixed width and marks every
 * paragraph's last line with a trailing space instead; there a line may even end in 。 mid-paragraph.
 */
import { CLOSERS, SENTENCE_FINAL } from './cjk-characters';

export type ParagraphEndConvention = 'punctuation' | 'trailing-space';

/** Sentence-final punctuation (or a colon/semicolon that closes a list lead-in), then any closers. */
const CLOSING = new RegExp(`[${SENTENCE_FINAL}；;：:][${CLOSERS}]*$`, 'u');

export function endsWithClosingPunctuation(text: string): boolean {
  return CLOSING.test(text);
}

/** A line that stops at a sentence end: closing punctuation, or a bracketed credit or note (…力量。(黄丽丽 沈林中 刘丽佳)). */
export function endsSentence(text: string): boolean {
  return endsWithClosingPunctuation(text) || /[)）]$/.test(text);
}

export function detectParagraphEndConvention(
  lines: ReadonlyArray<{ trailingSpace: boolean }>,
  minShare: number,
): ParagraphEndConvention {
  if (lines.length === 0) return 'punctuation';
  const withTrailingSpace = lines.filter((line) => line.trailingSpace).length;
  return withTrailingSpace / lines.length >= minShare ? 'trailing-space' : 'punctuation';
}

export function endsParagraph(line: { text: string; trailingSpace: boolean }, convention: ParagraphEndConvention): boolean {
  if (convention === 'trailing-space') return line.trailingSpace;
  return endsSentence(line.text);
}
