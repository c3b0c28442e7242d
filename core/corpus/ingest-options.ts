/**
 * Every threshold the ingestion pipeline uses, in one place. The values were chosen on the five
 * corpus documents and the synthetic cases in the tests; each says why it is what it is.
 */
export interface IngestOptions {
  /**
   * OCR doubling (加加强强 → 加强) is collapsed only in a run of at least this many doubled pairs.
   * Real reduplications stay below it: 谢谢, 方方面面 (2), 高高兴兴、快快乐乐 (4).
   */
  ocrDoublingMinPairs: number;
  /**
   * …and only if single characters make up at most this share of the run's pairs: the scanner
   * sometimes misses one character (政 in 加加强强政府府主主导导), but prose is mostly singles.
   */
  ocrDoublingMaxSingleShare: number;
  /** A line at most this long with no closing punctuation is a heading or caption, not prose. */
  shortLineMaxLength: number;
  /** A first line at most this long with no closing punctuation is the document's title. */
  titleMaxLength: number;
  /** Blank lines before a short line that show where a photo was; the line is its caption. */
  imageGapMinBlankLines: number;
  /**
   * Share of lines with trailing whitespace from which a document is read as a hard-wrapped
   * export that marks paragraph ends with it (doc 002: every paragraph's last line, no other).
   */
  trailingSpaceConventionMinShare: number;
  /**
   * …or the share of blank-line blocks of wrapped lines whose last line alone has the mark (an
   * uploaded Word file or PDF whose narrow column leaves under 20 % of lines marked). A plain text
   * with stray trailing spaces does not mark the end of nearly every block and never inside one.
   */
  trailingSpaceBlockEndsMinShare: number;
  /** …judged only with at least this many blocks of two lines or more */
  trailingSpaceMinWrappedBlocks: number;
  /** Damaged spans at most this many characters apart are one span (one corrupt stretch). */
  damagedMergeGap: number;
  /** Remove spaces between Chinese and Latin letters or digits in reading text (在 2016 年 → 在2016年). */
  removeCjkSpacing: boolean;
}

export const INGEST_DEFAULTS: Readonly<IngestOptions> = Object.freeze({
  ocrDoublingMinPairs: 5,
  ocrDoublingMaxSingleShare: 0.25,
  shortLineMaxLength: 40,
  titleMaxLength: 100,
  imageGapMinBlankLines: 2,
  trailingSpaceConventionMinShare: 0.2,
  trailingSpaceBlockEndsMinShare: 0.9,
  trailingSpaceMinWrappedBlocks: 2,
  damagedMergeGap: 2,
  removeCjkSpacing: true,
});
