/**
 * Every claim a document's passages make, before attachment to places: dates, rankings, figures
 * and lifecycle statements, each with its exact range, normalised value, modality and the time it
 * refers to. Page furniture (bylines, meta lines) states nothing about places and is skipped.
 */
import type { AtlasDocument, Claim, Passage } from '../../types/atlas';
import type { ClaimDraft } from './claim-draft';
import { asOfFor } from './claim-as-of';
import { modalityOf, sectionIsRecommendations } from './claim-modality';
import { findDates } from './find-dates';
import { findQuantities } from './find-quantities';
import { findRankings } from './find-rankings';
import { findStatusStatements } from './find-status-statements';
import { analysePassage, rangeAt, type PassageStructure } from './passage-structure';
import { subjectMentions } from './subject-mentions';

export type ExtractedClaim = Omit<Claim, 'id' | 'featureId' | 'source' | 'correction'> & {
  attach: ClaimDraft['attach'];
  /** the places a status statement named itself */
  givenFeatureIds: string[];
};

export interface ExtractedDocument {
  claims: ExtractedClaim[];
  structures: Map<string, PassageStructure>;
}

/** Places that have a lifecycle; cities and counties do not (杭州…获批在建 is about the facilities). */
export type StatusEligible = (featureId: string) => boolean;

export function extractClaims(document: AtlasDocument, statusEligible: StatusEligible): ExtractedDocument {
  const claims: ExtractedClaim[] = [];
  const structures = new Map<string, PassageStructure>();
  for (const { passage, inRecommendations } of claimPassages(document)) {
    const extracted = extractPassageClaims(passage, { documentId: document.id, documentDate: document.date, inRecommendations }, statusEligible);
    structures.set(passage.id, extracted.structure);
    claims.push(...extracted.claims);
  }
  const notBefore = documentDateNotBefore(document, claims);
  for (const claim of claims) claim.documentDateNotBefore = notBefore;
  return { claims, structures };
}

/** What a passage's claims depend on beyond the passage itself. */
export interface PassageContext {
  documentId: string;
  documentDate: string | null;
  /** the passage is in a section of recommendations (its figures are targets) */
  inRecommendations: boolean;
}

export interface PassageClaims {
  claims: ExtractedClaim[];
  structure: PassageStructure;
}

/** The passages that can make claims, in reading order, each with whether its section recommends. */
export function claimPassages(document: AtlasDocument): Array<{ passage: Passage; inRecommendations: boolean }> {
  const out: Array<{ passage: Passage; inRecommendations: boolean }> = [];
  let inRecommendations = false;
  for (const passage of document.passages) {
    if (passage.kind === 'heading') inRecommendations = sectionIsRecommendations(passage.text) ?? inRecommendations;
    if (passage.kind === 'meta' || passage.kind === 'byline') continue;
    out.push({ passage, inRecommendations });
  }
  return out;
}

/** One passage's claims (documentDateNotBefore still null: it is the whole document's). */
export function extractPassageClaims(passage: Passage, context: PassageContext, statusEligible: StatusEligible): PassageClaims {
  const claims: ExtractedClaim[] = [];
  const structure = analysePassage(passage);
  const dates = findDates(structure, context.documentDate);
  const rankings = findRankings(structure, dates);
  const quantities = findQuantities(structure, [...dates, ...rankings]);
  // headings restate their section's topic (加快…建设的对策建议); their lifecycle wording is not a report
  const statuses =
    passage.kind === 'paragraph' || passage.kind === 'caption'
      ? findStatusStatements(structure, subjectMentions(structure).filter((m) => statusEligible(m.featureId)))
      : [];

  for (const draft of [...dates, ...rankings, ...quantities, ...statuses].sort((a, b) => a.start - b.start)) {
    const sentence = rangeAt(structure.sentences, draft.start);
    claims.push({
      measure: draft.measure,
      value: draft.value,
      valueMax: draft.valueMax,
      unit: draft.unit,
      qualifier: draft.qualifier,
      approx: draft.approx,
      what: draft.what,
      modality: modalityOf(structure, draft, dates, context.inRecommendations),
      asOf: asOfFor(structure, draft, dates),
      stated: draft.stated,
      text: passage.text.slice(draft.start, draft.end),
      passageId: passage.id,
      documentId: context.documentId,
      start: draft.start,
      end: draft.end,
      documentDate: context.documentDate,
      documentDateNotBefore: null,
      sentence: { text: passage.text.slice(sentence.start, sentence.end), start: draft.start - sentence.start, end: draft.end - sentence.start },
      attach: draft.attach,
      givenFeatureIds: draft.featureIds ?? [],
    });
  }
  return { claims, structure };
}

/** The year an undated document cannot predate (null for a dated one). */
export function documentDateNotBefore(document: Pick<AtlasDocument, 'date'>, claims: readonly ExtractedClaim[]): string | null {
  return document.date === null ? latestReportedYear(claims) : null;
}

/** An undated document was written no earlier than the latest year it reports as past. */
function latestReportedYear(claims: readonly ExtractedClaim[]): string | null {
  const years = claims
    .filter((c) => c.measure === 'date' && c.modality !== 'target' && c.qualifier !== 'by')
    .map((c) => Number(String(c.valueMax ?? c.value).slice(0, 4)));
  return years.length ? String(Math.max(...years)) : null;
}
