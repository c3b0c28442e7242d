/**
 * What every format reader produces before the text is written out: blocks (headings and
 * paragraphs) of lines, with the layout hints the hard-wrap repair reads. A reader fills in what
 * its format knows; the rest stays undefined.
 */

export interface TextLine {
  /** the line's text, whitespace collapsed and trimmed */
  text: string;
  /** width of the indentation before the text, in columns (a full-width space is 2) */
  indentColumns?: number;
  /** the line starts further right than the text column (PDF), or with an indent (Word, HTML) */
  indented?: boolean;
  /** how much of the text column the line fills, 0…1, where the format measures it (PDF) */
  fill?: number;
  /** the share of the column one wide (CJK) character takes, at this line's size */
  wideFill?: number;
  /** more space above the line than between the lines of a paragraph (PDF) */
  spaced?: boolean;
  /** the first line on a new page (PDF); written out after a `---` page-break line */
  pageStart?: boolean;
}

export interface TextBlock {
  kind: 'heading' | 'paragraph';
  /** heading level, 1–6 */
  level?: number;
  lines: TextLine[];
}

/** Characters that take two columns in fixed-width layout: Han, kana, hangul, CJK punctuation, full-width forms. */
const WIDE = /[\p{Script=Han}\u1100-\u115f\u2e80-\u303e\u3040-\u30ff\u3130-\u318f\uac00-\ud7a3\uff01-\uff60\uffe0-\uffe6\u201c\u201d\u2018\u2019\u2014\u2026]/u;

export function isWide(ch: string | undefined): boolean {
  return ch !== undefined && WIDE.test(ch);
}

/** Width of a text in fixed-width columns, as a hard-wrapping tool counts it. */
export function columns(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch) ? 2 : 1;
  return width;
}
