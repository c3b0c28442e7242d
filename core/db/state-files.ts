/**
 * The files a backup is made of, written the way the repository keeps its data, so an export
 * diffs cleanly against geodata/places and against the previous export:
 *   places/<layer>.geojson   active places, one FeatureCollection per layer (every layer, even empty),
 *                            the curator's order, schema key order, each position on one line
 *   mentions.json            the editors' decisions: {added, rejected}, sorted by passage and range
 *   history.jsonl            every history entry, oldest first, one JSON object per line
 */
import type { GazetteerRecord } from '../../types/atlas';
import type { MentionDecision, MentionDecisions } from '../linking/mention-decisions';
import { canonicalRecord } from './canonical-record';
import type { HistoryAction } from './write-command';

export const PLACES_DIR = 'places';
export const MENTIONS_FILE = 'mentions.json';
export const HISTORY_FILE = 'history.jsonl';

/** Pretty-printed, each position on one line (as scripts/geodata-admin.ts writes geodata/places). */
export function formatLayerFile(records: GazetteerRecord[]): string {
  const text = JSON.stringify({ type: 'FeatureCollection', features: records.map(canonicalRecord) }, null, 2);
  return text.replace(/\[\s+(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?),\s+(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s+\]/g, '[$1, $2]') + '\n';
}

export function formatMentions(decisions: MentionDecisions): string {
  const sorted = (list: MentionDecision[]) => [...list].sort(compareDecisions).map(canonicalDecision);
  return JSON.stringify({ added: sorted(decisions.added), rejected: sorted(decisions.rejected) }, null, 2) + '\n';
}

export interface ExportedHistoryEntry {
  id: number;
  featureId: string;
  at: string;
  by: string;
  action: HistoryAction;
  reason: string | null;
  version: number | null;
  before: unknown;
  after: unknown;
}

export function formatHistory(entries: ExportedHistoryEntry[]): string {
  return entries
    .map((e) =>
      JSON.stringify({
        id: e.id,
        featureId: e.featureId,
        at: e.at,
        by: e.by,
        action: e.action,
        reason: e.reason,
        version: e.version,
        before: canonicalPayload(e.before),
        after: canonicalPayload(e.after),
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}

export function canonicalDecision(d: MentionDecision): MentionDecision {
  return { id: d.id, passageId: d.passageId, start: d.start, end: d.end, text: d.text, featureId: d.featureId, at: d.at, by: d.by, reason: d.reason };
}

/** A history payload is a place, a mention decision, or null. */
export function canonicalPayload(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value ?? null;
  if ((value as { type?: unknown }).type === 'Feature') return canonicalRecord(value);
  if ('passageId' in value) return canonicalDecision(value as MentionDecision);
  return value;
}

/** Code-unit order, so both engines (whatever their collation) export the same bytes. */
function compareDecisions(a: MentionDecision, b: MentionDecision): number {
  return compareText(a.passageId, b.passageId) || a.start - b.start || a.end - b.end || compareText(a.featureId, b.featureId) || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
