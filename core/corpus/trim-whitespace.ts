/**
 * Spaces at either end of a line (doc 002 ends every paragraph with one and starts a few wrapped
 * lines with one). Chinese text never needs them; whether a line *had* trailing space is read
 * before trimming, because doc 002 uses it to mark paragraph ends.
 */
import type { RepairResult } from './repair-result';

export function trimWhitespace(text: string): RepairResult {
  const trimmed = text.trim();
  if (trimmed === text) return { text, count: 0, removed: '', inserted: '' };
  const start = text.indexOf(trimmed);
  const removed = trimmed === '' ? text : text.slice(0, start) + text.slice(start + trimmed.length);
  const ends = Number(start > 0) + Number(start + trimmed.length < text.length);
  return { text: trimmed, count: trimmed === '' ? 1 : ends, removed, inserted: '' };
}
