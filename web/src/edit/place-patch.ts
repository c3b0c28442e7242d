/**
 * The place editor's patch: what it sends to PATCH /api/features/{id}, built from the form with
 * the shared JSON Merge Patch (types/merge-patch.ts), so only the fields the editor touched travel
 * (and a concurrent change to another field is not overwritten with what the browser had).
 */
import { mergePatch, type Json } from '../../../types/merge-patch';

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
