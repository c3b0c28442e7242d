/**
 * Blocks → source text in the shape corpus/sources/*.txt has, for the corpus ingestion to repair:
 * one line per line, a blank line between blocks, headings as Markdown `#` lines, a `---` line
 * where a PDF page ends (the page-break mark the ingestion strips and mends sentences across).
 *
 * Each block's last line ends with one space. That is the paragraph-end mark the ingestion
 * already reads (corpus doc 002's convention, paragraph-ends.ts): where enough lines carry it,
 * a paragraph ends exactly where the file said, and the wrapped lines in between are joined.
 */
import type { TextBlock } from './text-block';

export interface RenderOptions {
  /** end each block's last line with a space (see above) */
  markParagraphEnds: boolean;
}

/** Characters that would break the line structure or are not text: controls, line and paragraph separators. */
const NOT_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029]/g;

function cleanText(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(NOT_TEXT, '').trim();
}

export function renderSourceText(blocks: readonly TextBlock[], options: RenderOptions): string {
  const out: string[] = [];
  const end = options.markParagraphEnds ? ' ' : '';
  for (const block of blocks) {
    const lines = block.lines.map((line) => ({ ...line, text: cleanText(line.text) })).filter((line) => line.text !== '');
    if (lines.length === 0) continue;
    const written: string[] = [];
    lines.forEach((line, i) => {
      if (line.pageStart && (out.length > 0 || i > 0)) {
        // between blocks the mark stands alone; inside a paragraph it cuts it, as in the PDF
        if (i === 0) out.push('---');
        else written.push('---');
      }
      written.push(line.text);
    });
    if (block.kind === 'heading') {
      const level = Math.min(6, Math.max(1, block.level ?? 1));
      out.push(`${'#'.repeat(level)} ${lines.map((line) => line.text).join(' ')}${end}`);
    } else {
      written[written.length - 1] += end;
      out.push(written.join('\n'));
    }
  }
  return out.length === 0 ? '' : `${out.join('\n\n')}\n`;
}
