/**
 * Page-break markers (`---`, as the PDF export of doc 000 left them) are not text. They sit
 * between paragraphs or, worse, in the middle of a sentence; either way the marker goes and the
 * line after it is flagged so the wrap-joiner can mend a sentence split across the break.
 */
import type { SourceLine } from './split-lines';

const PAGE_BREAK = /^\s*(?:-{3,}|\*{3,}|_{3,}|\f)\s*$/;

export function isPageBreak(line: string): boolean {
  return PAGE_BREAK.test(line);
}

export interface PageBreakFree {
  lines: Array<SourceLine & { afterPageBreak: boolean }>;
  count: number;
  /** each marker line with the line breaks before it */
  removed: string;
}

export function stripPageBreaks(lines: readonly SourceLine[]): PageBreakFree {
  const kept: PageBreakFree['lines'] = [];
  let count = 0;
  let removed = '';
  let pending = false;
  for (const line of lines) {
    if (isPageBreak(line.text)) {
      count += 1;
      removed += line.gapBefore + line.text;
      pending = true;
      continue;
    }
    kept.push({ ...line, afterPageBreak: pending });
    pending = false;
  }
  return { lines: kept, count, removed };
}
