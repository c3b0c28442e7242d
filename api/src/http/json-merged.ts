/**
 * `JSON.stringify({ ...base, ...extra })` for a base that is sent again and again unchanged: a
 * snapshot's passage or feature in search answers. The base is serialised once (kept while the
 * object lives) and the per-answer fields appended, so a long passage text is not escaped again
 * for every answer that shows it. Bases are snapshot objects, which are never changed in place:
 * a write makes new ones.
 */
const serialised = new WeakMap<object, string>();

/** The JSON of `{ ...base, ...extra }`; `extra` names no key of `base`. */
export function jsonMerged(base: object, extra: object): string {
  let head = serialised.get(base);
  if (head === undefined) {
    // the object's JSON without its closing brace
    head = JSON.stringify(base).slice(0, -1);
    serialised.set(base, head);
  }
  const tail = JSON.stringify(extra);
  if (tail === '{}') return `${head}}`;
  return head === '{' ? head + tail.slice(1) : `${head},${tail.slice(1)}`;
}

/** The JSON of a snapshot object, made once while the object lives. */
export function jsonOnce(base: object): string {
  return jsonMerged(base, {});
}
