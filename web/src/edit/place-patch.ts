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

/**
 * The Chinese twins a save would drop: the server removes `notes_zh` or `geometrySource_zh` when
 * its English field changes and it does not (docs/CONTRACT.md), so that no reader takes the old
 * Chinese for the new English. The form says so before the editor saves.
 */
export function twinsToDrop(place: EditablePlace, edits: PlaceEdits): Array<'notes_zh' | 'geometrySource_zh'> {
  const before = place.properties as Partial<Record<keyof PlaceEdits, string>>;
  const dropped: Array<'notes_zh' | 'geometrySource_zh'> = [];
  for (const [english, chinese] of [['notes', 'notes_zh'], ['geometrySource', 'geometrySource_zh']] as const) {
    const twin = edits[chinese];
    if (twin === undefined || !twin.trim()) continue;
    const englishChanged = edits[english].trim() !== (before[english] ?? '').trim();
    if (englishChanged && twin.trim() === (before[chinese] ?? '').trim()) dropped.push(chinese);
  }
  return dropped;
}
