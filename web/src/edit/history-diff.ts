/**
 * What one history entry changed, as lines a person reads: "status: planned → under construction",
 * "geometry: point 120.49000, 30.74000 → point 120.50000, 30.75000". Pure, so it is tested in node.
 */
import { jsonEqual } from '../../../types/merge-patch';

export interface FieldChange {
  /** `status`, `notes`, `geometry`, or a mention decision's `text`, `featureId`… */
  field: string;
  /** as shown; null when the field was absent */
  before: string | null;
  after: string | null;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Geometry in a line: a point by its coordinates, anything else by kind and size. */
export function describeGeometry(geometry: unknown): string {
  if (!isObject(geometry)) return String(geometry);
  const coordinates = geometry.coordinates;
  const kind = String(geometry.type);
  if (kind === 'Point' && Array.isArray(coordinates)) return `point ${coordinates.map((c) => Number(c).toFixed(5)).join(', ')}`;
  const vertices = countPositions(coordinates);
  const first = firstPosition(coordinates);
  const from = first ? ` from ${first.map((c) => c.toFixed(5)).join(', ')}` : '';
  return `${kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}, ${vertices} vertices${from}`;
}

function countPositions(value: unknown): number {
  if (!Array.isArray(value)) return 0;
  if (typeof value[0] === 'number') return 1;
  return value.reduce((sum: number, item) => sum + countPositions(item), 0);
}

function firstPosition(value: unknown): number[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  return typeof value[0] === 'number' ? (value as number[]) : firstPosition(value[0]);
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('、');
  return JSON.stringify(value);
}

/** The comparable fields of a place (its properties and geometry) or of a link decision (its own keys). */
function fieldsOf(value: unknown): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  if (!isObject(value)) return fields;
  if (value.type === 'Feature') {
    for (const [key, v] of Object.entries(isObject(value.properties) ? value.properties : {})) fields.set(key, v);
    fields.set('geometry', value.geometry);
    return fields;
  }
  // a link decision: who and when are the entry's own, not a change
  for (const [key, v] of Object.entries(value)) if (key !== 'at' && key !== 'by' && key !== 'reason' && key !== 'id') fields.set(key, v);
  return fields;
}

/**
 * Every field that differs between `before` and `after` (either may be null: created, retired),
 * in the order the fields first appear. A reshape that keeps the vertex count and first vertex
 * still shows, marked as changed.
 */
export function historyChanges(before: unknown, after: unknown): FieldChange[] {
  const a = fieldsOf(before);
  const b = fieldsOf(after);
  const changes: FieldChange[] = [];
  for (const field of new Set([...a.keys(), ...b.keys()])) {
    const was = a.get(field);
    const now = b.get(field);
    if (jsonEqual(was, now)) continue;
    const format = field === 'geometry' ? describeGeometry : show;
    let beforeText = was === undefined ? null : format(was);
    let afterText = now === undefined ? null : format(now);
    if (beforeText !== null && beforeText === afterText) {
      beforeText += ' (before)';
      afterText += ' (reshaped)';
    }
    changes.push({ field, before: beforeText, after: afterText });
  }
  return changes;
}
