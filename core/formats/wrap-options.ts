/**
 * The thresholds of the hard-wrap repair (regroup-wrapped-lines.ts), in one place. Chosen on
 * corpus doc 002 (a hard-wrapped report: full lines fill 89–100 % of 110 columns, last lines of
 * paragraphs mostly under 80 %) and on the generated Word and PDF fixtures.
 */
export interface WrapOptions {
  /** A line filling at least this share of the text column ran out of room: the wrap broke it. */
  fullLineMinFill: number;
  /** Lines narrower than this many columns (stray numbers, short labels) say nothing about the wrap. */
  minColumns: number;
  /** At least this many lines before a document is judged; fewer say nothing reliable. */
  minLines: number;
  /** A document is hard-wrapped when at least this share of its lines are full and stop mid-sentence. */
  minWrappedShare: number;
  /** The text column is this percentile of line widths (most lines of a wrapped text are full). */
  columnPercentile: number;
}

export const WRAP_DEFAULTS: Readonly<WrapOptions> = Object.freeze({
  fullLineMinFill: 0.85,
  minColumns: 8,
  minLines: 3,
  minWrappedShare: 0.3,
  columnPercentile: 0.75,
});
