/**
 * The ingestion's RepairReport (core/corpus/repair-report.ts) as rows for the review: one per
 * repair that changed something, in pipeline order, with a short sample of what it removed
 * (before) and what it put in its place (after). Invisible characters are shown as marks, since
 * most repairs are about whitespace a planner could not otherwise see.
 */
import type { RepairReport } from '../../../types/repair-report';
import { REPAIR_NAMES, type RepairName } from '../../../types/repair-report';

export interface RepairRow {
  name: RepairName;
  count: number;
  removed: number;
  inserted: number;
  before: string;
  after: string;
}

const SAMPLE_CHARS = 60;

/** Line breaks as ⏎, tabs as ⇥, full-width and other spaces as ·, so a removed space is seen. */
export function visible(text: string): string {
  return text.replace(/\r?\n/g, '⏎').replace(/\t/g, '⇥').replace(/[ \u00a0\u2000-\u200b\u3000]/g, '·');
}

function sample(text: string): string {
  const shown = visible(text);
  return shown.length > SAMPLE_CHARS ? `${shown.slice(0, SAMPLE_CHARS - 1)}…` : shown;
}

export function repairRows(report: Pick<RepairReport, 'repairs'>): RepairRow[] {
  return REPAIR_NAMES.flatMap((name) => {
    const repair = report.repairs[name];
    if (!repair || repair.count === 0) return [];
    return [{ name, count: repair.count, removed: repair.removed, inserted: repair.inserted, before: sample(repair.removedText), after: sample(repair.insertedText) }];
  });
}
