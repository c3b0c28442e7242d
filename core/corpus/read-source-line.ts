/**
 * The dateline a news aggregator prints under a headline (doc 003: `2022-07-13 09:59:34 来源: 浙江日报`).
 * It is not article text (a `meta` passage), but it is where the document's date and publisher come from.
 */

const SOURCE_LINE = /^(?:(\d{4}-\d{2}-\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+)?(?:来源|來源|稿源)[:：]\s*(\S.*)$/u;

export interface SourceLineFacts {
  /** ISO date, or null when the line gives only the source */
  date: string | null;
  publisher: string;
}

export function readSourceLine(text: string): SourceLineFacts | null {
  const match = SOURCE_LINE.exec(text.trim());
  if (!match) return null;
  return { date: match[1] ?? null, publisher: (match[2] ?? '').trim() };
}
