/**
 * The JSON text of a snapshot object, written once while the object lives: a layer's collection
 * (delivery measures it, GET /api/layers/{id} serves it), a passage, place or claim in search
 * answers. A rebuild keeps the objects no write changed (atlas-store.ts), and snapshot objects are
 * never changed in place, so their text is not written again; a long passage is not escaped anew
 * for every answer that shows it.
 */
import { memoByObject } from '../memo-by-object';

/** `JSON.stringify(value)` for a snapshot object, kept while the object lives. */
export const jsonOf: (value: object) => string = memoByObject((value: object) => JSON.stringify(value));

/** The JSON of `{ ...base, ...extra }` for a snapshot object `base`; `extra` names no key of `base`. */
export function jsonMerged(base: object, extra: object): string {
  const whole = jsonOf(base);
  const tail = JSON.stringify(extra);
  if (tail === '{}') return whole;
  // the base's JSON without its closing brace, then the extra fields
  return whole === '{}' ? tail : `${whole.slice(0, -1)},${tail.slice(1)}`;
}
