/**
 * The JSON Merge Patch (RFC 7396) that turns one JSON value into another: what the place editor
 * sends to PATCH /api/features/{id}, so that only the fields the editor touched travel (and a
 * concurrent change to another field is not overwritten with what the browser had).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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

/** RFC 7396's apply, to show the result a patch will have (and to test mergePatch by round trip). */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}

/** The fields of a place the edit form changes. */
export interface PlaceEdits {
  status: string;
  precision: string;
  geometrySource: string;
  /** present only when the place has one */
  geometrySource_zh?: string;
  /** empty: no notes (the property is removed) */
  notes: string;
  /** present only when the place has them; empty removes them */
  notes_zh?: string;
}

interface EditablePlace {
  properties: object;
  geometry: unknown;
}

/**
 * The merge patch of a place for the form's fields and (when moved or reshaped) a new geometry;
 * undefined when nothing changed. Text is trimmed; empty notes remove the property.
 */
export function placePatch(place: EditablePlace, edits: PlaceEdits, geometry?: unknown): Json | undefined {
  const properties: Record<string, unknown> = { ...(place.properties as Record<string, unknown>) };
  properties.status = edits.status;
  properties.precision = edits.precision;
  properties.geometrySource = edits.geometrySource.trim();
  if (edits.geometrySource_zh !== undefined) properties.geometrySource_zh = edits.geometrySource_zh.trim();
  const notes = edits.notes.trim();
  if (notes) properties.notes = notes;
  else delete properties.notes;
  const notesZh = edits.notes_zh?.trim();
  if (notesZh) properties.notes_zh = notesZh;
  else if (edits.notes_zh !== undefined) delete properties.notes_zh;
  return mergePatch(
    { properties: place.properties, geometry: place.geometry },
    { properties, geometry: geometry ?? place.geometry },
  );
}
