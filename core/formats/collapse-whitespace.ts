/**
 * HTML's white-space collapsing, as browsers render Chinese: a run of spaces, tabs and line breaks
 * becomes one space, except that a line break between two wide (CJK) characters disappears
 * (CSS Text 3, segment break transformation). No-break spaces stay: they are text, not layout.
 */
import { isWide } from './text-block';

const RUN = /[ \t\n\r\f]+/g;

export function collapseWhitespace(raw: string): string {
  return raw.replace(RUN, (run: string, offset: number, whole: string) => {
    const lineBreak = /[\n\r]/.test(run);
    return lineBreak && isWide(whole[offset - 1]) && isWide(whole[offset + run.length]) ? '' : ' ';
  });
}

/**
 * Indentation at the start of a collapsed line, in columns: full-width spaces (the Chinese
 * paragraph indent, 2 columns each) and no-break spaces (`&nbsp;&nbsp;`). Ordinary spaces there
 * are markup layout, not indentation.
 */
export function leadingIndent(text: string): number {
  const lead = /^[ \u3000\u00a0]*/u.exec(text)?.[0] ?? '';
  let width = 0;
  for (const ch of lead) width += ch === '\u3000' ? 2 : ch === '\u00a0' ? 1 : 0;
  return width;
}
