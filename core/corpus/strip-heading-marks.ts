/**
 * Markdown heading marks (`#` … `######`) left by the export of doc 000. The mark says "heading"
 * (kept as the passage kind) but is not text. Its level is returned for the classifier only: the
 * source uses levels inconsistently (a `#` chapter between `##` ones), so passages do not carry it.
 */
import type { RepairResult } from './repair-result';

const HEADING_MARK = /^(#{1,6})[ \t]+(?=\S)/;

export interface HeadingMarks extends RepairResult {
  /** 1–6 for a markdown heading, null for any other line */
  level: number | null;
}

export function stripHeadingMarks(line: string): HeadingMarks {
  const match = HEADING_MARK.exec(line);
  if (!match) return { text: line, count: 0, removed: '', inserted: '', level: null };
  const mark = match[0];
  return { text: line.slice(mark.length), count: 1, removed: mark, inserted: '', level: (match[1] ?? '').length };
}
