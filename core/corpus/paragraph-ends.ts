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

export interface ConventionThresholds {
  /** share of all lines with the mark from which the convention holds (doc 002: every line a block of its own) */
  minShare: number;
  /**
   * …or, where blank lines set paragraphs apart as blocks of wrapped lines (an uploaded Word file or
   * PDF, core/formats/render-source-text.ts), the share of those blocks whose last line has the mark
   * and no other line does. A narrow column and long paragraphs leave few marked lines in all, but
   * every one where a block ends.
   */
  minMarkedBlockEnds: number;
  /** …counted only with at least this many blocks of two lines or more (a wrap to go by) */
  minWrappedBlocks: number;
}

export function detectParagraphEndConvention(
  lines: ReadonlyArray<{ trailingSpace: boolean; blankLinesBefore?: number }>,
  thresholds: ConventionThresholds,
): ParagraphEndConvention {
  if (lines.length === 0) return 'punctuation';
  const withTrailingSpace = lines.filter((line) => line.trailingSpace).length;
  if (withTrailingSpace / lines.length >= thresholds.minShare) return 'trailing-space';
  return marksBlockEnds(lines, thresholds) ? 'trailing-space' : 'punctuation';
}

/** Blank-line blocks of wrapped lines, each ending on a marked line, with no mark inside a block. */
function marksBlockEnds(lines: ReadonlyArray<{ trailingSpace: boolean; blankLinesBefore?: number }>, thresholds: ConventionThresholds): boolean {
  let blocks = 0;
  let wrappedBlocks = 0;
  let markedEnds = 0;
  let size = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    size += 1;
    const last = i + 1 === lines.length || (lines[i + 1].blankLinesBefore ?? 0) > 0;
    if (!last) {
      // a mark inside a block: not the convention of blocks ending on a mark
      if (line.trailingSpace) return false;
      continue;
    }
    blocks += 1;
    if (size > 1) wrappedBlocks += 1;
    if (line.trailingSpace) markedEnds += 1;
    size = 0;
  }
  return wrappedBlocks >= thresholds.minWrappedBlocks && markedEnds / blocks >= thresholds.minMarkedBlockEnds;
}

export function endsParagraph(line: { text: string; trailingSpace: boolean }, convention: ParagraphEndConvention): boolean {
  if (convention === 'trailing-space') return line.trailingSpace;
  return endsSentence(line.text);
}
