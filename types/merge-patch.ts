/**
 * JSON Merge Patch (RFC 7396), defined once for server and browser: the browser computes the
 * patch it sends to PATCH /api/features/{id} (`mergePatch`), so that only the fields the editor
 * touched travel; the server applies it (`applyMergePatch`). An object patch sets its members,
 * `null` removes one, anything else (an array, a string…) replaces the target whole.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => jsonEqual(a[key], b[key]));
}

/**
 * The patch from `before` to `after`, or undefined when they are equal. Objects are diffed key by
 * key (a key `after` lacks becomes null, which removes it); anything else is replaced whole, as
 * RFC 7396 replaces arrays. `after` must hold no nulls of its own: a null in a merge patch means
 * "remove", so a property meant to be empty is left out instead.
 */
export function mergePatch(before: unknown, after: unknown): Json | undefined {
  if (jsonEqual(before, after)) return undefined;
  if (!isObject(before) || !isObject(after)) return (after ?? null) as Json;
  const patch: Record<string, Json> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!(key in after) || after[key] === undefined) {
      if (key in before && before[key] !== undefined) patch[key] = null;
      continue;
    }
    const part = key in before ? mergePatch(before[key], after[key]) : (after[key] as Json);
    if (part !== undefined) patch[key] = part;
  }
  return patch;
}
