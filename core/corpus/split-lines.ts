/**
 * Cuts a source file into its non-blank lines, keeping everything between them (line breaks,
 * blank lines) as each line's `gapBefore`, so later steps can say where those characters went.
 * Concatenating every `gapBefore + text` and `trailingGap` gives back the source exactly.
 */

export interface SourceLine {
  /** 1-based line number in the source file */
  lineNo: number;
  /** the line as it stands, without its line break */
  text: string;
  /** line breaks and blank lines between the previous non-blank line and this one */
  gapBefore: string;
  /** how many blank lines the gap holds (a photo leaves several in the newspaper exports) */
  blankLinesBefore: number;
}

export interface SplitSource {
  lines: SourceLine[];
  /** line breaks and blank lines after the last non-blank line */
  trailingGap: string;
}

const BLANK = /^\s*$/;

export function splitLines(raw: string): SplitSource {
  const parts = raw.split(/(\r\n|\n|\r)/);
  const lines: SourceLine[] = [];
  let gap = '';
  let blanks = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const text = parts[i] ?? '';
    const lineBreak = parts[i + 1] ?? '';
    const lineNo = i / 2 + 1;
    if (BLANK.test(text)) {
      // the empty piece after a final line break is not a blank line
      if (text !== '' || lineBreak !== '') blanks += 1;
      gap += text + lineBreak;
      continue;
    }
    lines.push({ lineNo, text, gapBefore: gap, blankLinesBefore: blanks });
    gap = lineBreak;
    blanks = 0;
  }
  return { lines, trailingGap: gap };
}
