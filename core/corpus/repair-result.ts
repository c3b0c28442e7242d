/**
 * What one text repair did: the repaired text, how many edits it made, and exactly which
 * characters it took out and put in, so the ingestion report can account for every source character.
 */

export interface RepairResult {
  text: string;
  /** number of edits (one per annotation stripped, run collapsed, space removed…) */
  count: number;
  /** the characters taken out, concatenated */
  removed: string;
  /** the characters put in their place, concatenated (usually empty) */
  inserted: string;
}

export function unchanged(text: string): RepairResult {
  return { text, count: 0, removed: '', inserted: '' };
}

/**
 * `text.replace(pattern, …)` that also records each match as removed and its replacement as
 * inserted. The pattern must be global, and should match only what it changes (use lookarounds
 * for context) so that the counts mean what they say.
 */
export function replaceAndCount(
  text: string,
  pattern: RegExp,
  replacement: (match: string, offset: number, groups: string[]) => string,
): RepairResult {
  if (!pattern.global) throw new TypeError(`replaceAndCount needs a global pattern, got ${pattern}`);
  let count = 0;
  let removed = '';
  let inserted = '';
  const out = text.replace(pattern, (match: string, ...rest: unknown[]) => {
    // rest = captured groups…, offset, whole string[, named groups]
    const offsetIndex = rest.findIndex((value) => typeof value === 'number');
    const offset = rest[offsetIndex] as number;
    const groups = rest.slice(0, offsetIndex).map((group) => (typeof group === 'string' ? group : ''));
    const put = replacement(match, offset, groups);
    if (put === match) return match;
    count += 1;
    removed += match;
    inserted += put;
    return put;
  });
  return { text: out, count, removed, inserted };
}
