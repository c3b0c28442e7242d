/**
 * A place's claims as a timeline: one group per document, in the order the server gives (by
 * document date), and a statement the same document repeats (八年来… three times) shown once.
 */
import type { ServedClaim } from '../../../types/atlas';

export interface TimelineEntry {
  claim: ServedClaim;
  /** the same statement again, later in the same document */
  repeats: ServedClaim[];
  discrepant: boolean;
}

export interface TimelineGroup {
  documentId: string;
  documentDate: string | null;
  documentDateNotBefore: string | null;
  entries: TimelineEntry[];
}

export function timelineGroups(claims: ServedClaim[]): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  for (const claim of claims) {
    let group = groups[groups.length - 1];
    if (!group || group.documentId !== claim.documentId) {
      group = { documentId: claim.documentId, documentDate: claim.documentDate, documentDateNotBefore: claim.documentDateNotBefore, entries: [] };
      groups.push(group);
    }
    const same = group.entries.find((e) => sameStatement(e.claim, claim));
    if (same) {
      same.repeats.push(claim);
      same.discrepant ||= claim.discrepancyIds.length > 0;
    } else {
      group.entries.push({ claim, repeats: [], discrepant: claim.discrepancyIds.length > 0 });
    }
  }
  return groups;
}

function sameStatement(a: ServedClaim, b: ServedClaim): boolean {
  return a.measure === b.measure && a.value === b.value && a.valueMax === b.valueMax && a.qualifier === b.qualifier && a.what === b.what && a.asOf === b.asOf && a.modality === b.modality;
}

/** The measures present, in the order they first appear, for the timeline's filter. */
export function measuresOf(claims: ServedClaim[]): ServedClaim['measure'][] {
  return [...new Set(claims.map((c) => c.measure))];
}

/** The words around a claim in its sentence, cut to `context` characters each side. */
export function excerptAround(sentence: ServedClaim['sentence'], context = 40): { before: string; claim: string; after: string } {
  const from = Math.max(0, sentence.start - context);
  const to = Math.min(sentence.text.length, sentence.end + context);
  return {
    before: `${from > 0 ? '…' : ''}${sentence.text.slice(from, sentence.start)}`,
    claim: sentence.text.slice(sentence.start, sentence.end),
    after: `${sentence.text.slice(sentence.end, to)}${to < sentence.text.length ? '…' : ''}`,
  };
}
