/**
 * Editors' decisions about links, applied over what the linker found: mentions an editor added,
 * and automatic links an editor rejected. A decision is kept by passage, surface text and place,
 * so it holds when the corpus is linked again (after any place edit); a decision that no longer
 * fits the text (the place retired, the words gone) stays stored and simply does nothing.
 */
import type { AtlasDocument, Mention, Passage } from '../../types/atlas';

export interface MentionDecision {
  /** stable: kind, passage, range and place (`e.doc-001-p003.2.5.tongxiang`) */
  id: string;
  passageId: string;
  start: number;
  end: number;
  /** passage.text.slice(start, end) when the decision was made */
  text: string;
  featureId: string;
  at: string;
  by: string;
  reason: string | null;
}

export interface MentionDecisions {
  /** mentions an editor added (origin `editor`) */
  added: MentionDecision[];
  /** automatic links an editor rejected */
  rejected: MentionDecision[];
}

export const NO_DECISIONS: MentionDecisions = { added: [], rejected: [] };

export function autoMentionId(passageId: string, mention: Pick<Mention, 'start' | 'end' | 'featureId'>): string {
  return `a.${passageId}.${mention.start}.${mention.end}.${mention.featureId}`;
}

export function addedMentionId(passageId: string, mention: Pick<Mention, 'start' | 'end' | 'featureId'>): string {
  return `e.${passageId}.${mention.start}.${mention.end}.${mention.featureId}`;
}

export function rejectionId(passageId: string, mention: Pick<Mention, 'start' | 'end' | 'featureId'>): string {
  return `r.${passageId}.${mention.start}.${mention.end}.${mention.featureId}`;
}

/**
 * Returns new documents whose mentions carry `id` and `origin`: automatic ones minus the rejected,
 * plus the added (an added mention wins over automatic ones it overlaps).
 */
export function applyMentionDecisions(documents: AtlasDocument[], decisions: MentionDecisions, featureIds: ReadonlySet<string>): AtlasDocument[] {
  const rejectedBy = groupByPassage(decisions.rejected);
  const addedBy = groupByPassage(decisions.added);
  return documents.map((document) => {
    const passages = document.passages.map((passage) => decidedPassage(passage, rejectedBy.get(passage.id) ?? [], addedBy.get(passage.id) ?? [], featureIds));
    const kept = decidedArrays.get(document.passages);
    if (kept && kept.length === passages.length && kept.every((p, i) => p === passages[i])) return { ...document, passages: kept };
    decidedArrays.set(document.passages, passages);
    return { ...document, passages };
  });
}

/** each linked document's decided passages: the same array while every passage is the same, so a document's claims are kept whole */
const decidedArrays = new WeakMap<readonly Passage[], Passage[]>();

/** each linked passage's decided form, with what it was decided from */
const decidedOf = new WeakMap<Passage, { key: string; decided: Passage }>();

/**
 * The passage with the decisions that concern it, the same object as last time when the linked
 * passage and those decisions are (so claims drawn from it are kept across rebuilds).
 */
function decidedPassage(passage: Passage, rejected: MentionDecision[], added: MentionDecision[], featureIds: ReadonlySet<string>): Passage {
  const key = rejected.length + added.length === 0 ? '' : JSON.stringify([rejected, added, added.map((d) => featureIds.has(d.featureId))]);
  const kept = decidedOf.get(passage);
  if (kept?.key === key) return kept.decided;
  const decided = { ...passage, mentions: decidedMentions(passage, rejected, added, featureIds) };
  decidedOf.set(passage, { key, decided });
  return decided;
}

function decidedMentions(passage: Passage, rejected: MentionDecision[], added: MentionDecision[], featureIds: ReadonlySet<string>): Mention[] {
  let auto: Mention[] = passage.mentions.map((m) => ({ start: m.start, end: m.end, featureId: m.featureId, id: autoMentionId(passage.id, m), origin: 'auto' }));
  for (const decision of rejected) {
    const hit = locate(passage.text, decision, auto.filter((m) => m.featureId === decision.featureId));
    if (hit) auto = auto.filter((m) => m !== hit);
  }
  const kept: Mention[] = [];
  for (const decision of [...added].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))) {
    if (!featureIds.has(decision.featureId)) continue;
    const range = relocate(passage.text, decision);
    if (!range || kept.some((m) => overlaps(m, range))) continue;
    kept.push({ ...range, featureId: decision.featureId, id: decision.id, origin: 'editor' });
  }
  return [...auto.filter((m) => !kept.some((k) => overlaps(k, m))), ...kept].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The candidate the decision meant: at its offsets when the text there is unchanged, else the same words nearest to them. */
function locate(text: string, decision: MentionDecision, candidates: Mention[]): Mention | null {
  const exact = candidates.find((m) => m.start === decision.start && m.end === decision.end && text.slice(m.start, m.end) === decision.text);
  if (exact) return exact;
  const same = candidates.filter((m) => text.slice(m.start, m.end) === decision.text);
  return nearest(same, decision.start);
}

function relocate(text: string, decision: MentionDecision): { start: number; end: number } | null {
  if (text.slice(decision.start, decision.end) === decision.text) return { start: decision.start, end: decision.end };
  const found: { start: number; end: number }[] = [];
  for (let at = text.indexOf(decision.text); at !== -1; at = text.indexOf(decision.text, at + 1)) found.push({ start: at, end: at + decision.text.length });
  return nearest(found, decision.start);
}

function nearest<T extends { start: number }>(ranges: T[], start: number): T | null {
  let best: T | null = null;
  for (const range of ranges) if (!best || Math.abs(range.start - start) < Math.abs(best.start - start)) best = range;
  return best;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function groupByPassage(decisions: MentionDecision[]): Map<string, MentionDecision[]> {
  const byPassage = new Map<string, MentionDecision[]>();
  for (const decision of decisions) {
    const list = byPassage.get(decision.passageId) ?? [];
    list.push(decision);
    byPassage.set(decision.passageId, list);
  }
  return byPassage;
}
