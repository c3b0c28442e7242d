/**
 * JSON Merge Patch (RFC 7396): an object patch sets its members, `null` removes one, anything
 * else (an array, a string…) replaces the target whole.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
