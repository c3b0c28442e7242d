/**
 * Where documents disagree: two or more documents state different values for the same measure
 * of the same place, or different statuses. Each document speaks once per measure, by its latest
 * statement (the one referring to the latest time, or the last one it makes). These are facts
 * with their dates — written at different times by different bodies — never a verdict on which
 * is right. Dates and durations are not compared (they date events, not states); neither are
 * recommendations (对策建议), which say what should be, not what is.
 */
import { createHash } from 'node:crypto';
import type { Claim, ClaimMeasure, Discrepancy, DiscrepancyStatement } from '../../types/atlas';
import { countedNoun } from './classify-measure';

const NOT_COMPARED: ClaimMeasure[] = ['date', 'duration'];

export interface DiscrepancyNames {
  place: (featureId: string) => { name_zh: string; name_en: string };
  documentTitle: (documentId: string) => string;
  /** reading order of a passage, for "the last statement a document makes" */
  passageIndex: (passageId: string) => number;
}

export function findDiscrepancies(claims: Claim[], names: DiscrepancyNames): Discrepancy[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (claim.featureId === null || NOT_COMPARED.includes(claim.measure)) continue;
    if (claim.modality === 'proposal' && claim.measure !== 'status') continue;
    appendTo(groups, groupKey(claim), claim);
  }

  const discrepancies: Discrepancy[] = [];
  for (const group of groups.values()) {
    const found = keptDiscrepancy(group, names);
    if (found) discrepancies.push(found);
  }
  return discrepancies.sort((a, b) => a.featureId.localeCompare(b.featureId) || a.measure.localeCompare(b.measure) || a.id.localeCompare(b.id));
}

/** Each group's finding, by its first claim, with the group and the names it was found with. */
const found = new WeakMap<Claim, { group: Claim[]; names: string; discrepancy: Discrepancy | null }>();

/**
 * A group's discrepancy, kept while its claims are the same objects and the names it shows the same:
 * an atlas rebuilt after a write compares again only the groups the write changed.
 */
function keptDiscrepancy(group: Claim[], names: DiscrepancyNames): Discrepancy | null {
  const place = names.place(group[0].featureId!);
  let key = `${place.name_zh}\n${place.name_en}`;
  for (const claim of group) key += `\n${names.documentTitle(claim.documentId)}\n${names.passageIndex(claim.passageId)}`;
  const kept = found.get(group[0]);
  if (kept && kept.names === key && kept.group.length === group.length && kept.group.every((claim, i) => claim === group[i])) return kept.discrepancy;
  const discrepancy = discrepancyOf(group, names);
  found.set(group[0], { group, names: key, discrepancy });
  return discrepancy;
}

function discrepancyOf(group: Claim[], names: DiscrepancyNames): Discrepancy | null {
  const byDocument = new Map<string, Claim[]>();
  for (const claim of group) appendTo(byDocument, claim.documentId, claim);
  if (byDocument.size < 2) return null;
  const statements = [...byDocument.values()].map((documentClaims) => statementOf(documentClaims, names));
  if (new Set(statements.map(valueKey)).size < 2) return null;
  const first = group[0];
  const what = first.measure === 'status' ? null : groupWhat(first);
  return {
    id: `${first.featureId}-${first.measure}-${shortHash(`${what ?? ''}|${first.modality === 'target' ? 'target' : ''}`)}`,
    featureId: first.featureId!,
    ...names.place(first.featureId!),
    measure: first.measure,
    what,
    modality: first.measure === 'status' ? 'reported' : first.modality,
    statements: statements.sort(byDocumentDate),
  };
}

function appendTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A status is a status; a figure is compared with figures of the same thing, targets with targets. */
function groupKey(claim: Claim): string {
  if (claim.measure === 'status') return `${claim.featureId}|status`;
  const modality = claim.modality === 'target' ? 'target' : 'reported';
  return [claim.featureId, claim.measure, claim.unit, groupWhat(claim) ?? '', modality].join('|');
}

function groupWhat(claim: Claim): string | null {
  if (claim.what === null) return null;
  return claim.measure === 'count' ? (countedNoun(claim.what) ?? claim.what) : claim.what;
}

function statementOf(claims: Claim[], names: DiscrepancyNames): DiscrepancyStatement {
  const latest = [...claims].sort(
    (a, b) =>
      timeOf(b).localeCompare(timeOf(a)) ||
      names.passageIndex(b.passageId) - names.passageIndex(a.passageId) ||
      b.start - a.start,
  )[0];
  const same = claims.filter((c) => valueKey(c) === valueKey(latest));
  return {
    documentId: latest.documentId,
    documentTitle: names.documentTitle(latest.documentId),
    documentDate: latest.documentDate,
    documentDateNotBefore: latest.documentDateNotBefore,
    value: latest.value,
    valueMax: latest.valueMax,
    unit: latest.unit,
    qualifier: latest.qualifier,
    asOf: latest.asOf,
    claimIds: same.map((c) => c.id),
    passageIds: [...new Set(same.map((c) => c.passageId))],
    text: latest.text,
  };
}

/** The time a claim speaks of: its as-of, else its document's date; unknown sorts first. */
function timeOf(claim: Pick<Claim, 'asOf' | 'documentDate' | 'documentDateNotBefore'>): string {
  return (claim.asOf ?? claim.documentDate ?? claim.documentDateNotBefore ?? '').split('/').pop()!;
}

function valueKey(x: { value: number | string; valueMax: number | string | null }): string {
  const fmt = (v: number | string | null) => (typeof v === 'number' ? String(Number(v.toPrecision(9))) : String(v));
  return `${fmt(x.value)}~${fmt(x.valueMax)}`;
}

function byDocumentDate(a: DiscrepancyStatement, b: DiscrepancyStatement): number {
  const date = (s: DiscrepancyStatement) => s.documentDate ?? s.documentDateNotBefore ?? '';
  return date(a).localeCompare(date(b)) || a.documentId.localeCompare(b.documentId);
}

function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}
