/**
 * Page-break markers (`---`, as the PDF export of doc 000 left them) are not text, and neither are
 * the page numbers a PDF or Word export leaves on a line of their own (`- 3 -`, `— 12 —`, `第3页`,
 * `第 3 页 共 12 页`, `3/12`, `Page 3 of 12`). They sit between paragraphs or, worse, in the middle
 * of a sentence; either way the marker goes and the line after it is flagged so the wrap-joiner
 * can mend a sentence split across the break. A bare number alone on a line is left: it may be a
 * figure of a table.
 */
import type { SourceLine } from './split-lines';

const PAGE_BREAK = /^\s*(?:-{3,}|\*{3,}|_{3,}|\f)\s*$/;
const PAGE_NUMBER = [
  // - 3 -, — 12 —, －3－ (a dash of any width on each side)
  /^\s*[-‐‑–—－]{1,2}\s*\d{1,4}\s*[-‐‑–—－]{1,2}\s*$/,
  // 第3页, 第 3 页 共 12 页, 第3页/共12页
  /^\s*第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?\s*$/,
  // 3/12, 3 / 12
  /^\s*\d{1,4}\s*[/／]\s*\d{1,4}\s*$/,
  // Page 3, Page 3 of 12
  /^\s*page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$/i,
];

export function isPageBreak(line: string): boolean {
  return PAGE_BREAK.test(line) || PAGE_NUMBER.some((pattern) => pattern.test(line));
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
