/**
 * The per-document account of what ingestion changed. Every character of the source file is
 * either in a passage (reading text, or moved to a caption/byline/meta passage) or was removed
 * by one of the named repairs below; `sourceChars - Σremoved + Σinserted = outputChars`.
 */
import { PASSAGE_KINDS, type PassageKind } from '../../types/atlas';
import { REPAIR_NAMES, type RepairCount, type RepairName } from '../../types/repair-report';
import type { RepairResult } from './repair-result';

export { REPAIR_NAMES } from '../../types/repair-report';
export type { DamagedSpanReport, RepairCount, RepairName, RepairReport } from '../../types/repair-report';

function emptyCount(): RepairCount {
  return { count: 0, removed: 0, inserted: 0, removedText: '', insertedText: '' };
}

/** Accumulates repair results while one document is ingested. */
export class RepairTally {
  private readonly counts = new Map<RepairName, RepairCount>(REPAIR_NAMES.map((name) => [name, emptyCount()]));

  record(name: RepairName, removed: string, inserted = '', count = 1): void {
    if (!removed && !inserted) return;
    const entry = this.counts.get(name) ?? emptyCount();
    entry.count += count;
    entry.removed += removed.length;
    entry.inserted += inserted.length;
    entry.removedText += removed;
    entry.insertedText += inserted;
    this.counts.set(name, entry);
  }

  /** Records a repair's result and hands back its text, so calls chain. */
  apply(name: RepairName, result: RepairResult): string {
    this.record(name, result.removed, result.inserted, result.count);
    return result.text;
  }

  repairs(): Record<RepairName, RepairCount> {
    return Object.fromEntries(REPAIR_NAMES.map((name) => [name, { ...(this.counts.get(name) ?? emptyCount()) }])) as Record<
      RepairName,
      RepairCount
    >;
  }
}

export function charsByKind(passages: ReadonlyArray<{ kind: PassageKind; text: string }>): Record<PassageKind, number> {
  const totals = Object.fromEntries(PASSAGE_KINDS.map((kind) => [kind, 0])) as Record<PassageKind, number>;
  for (const passage of passages) totals[passage.kind] += passage.text.length;
  return totals;
}
