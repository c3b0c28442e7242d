/**
 * Every claim a document's passages make, before attachment to places: dates, rankings, figures
 * and lifecycle statements, each with its exact range, normalised value, modality and the time it
 * refers to. Page furniture (bylines, meta lines) states nothing about places and is skipped.
 */
import type { AtlasDocument, Claim } from '../../types/atlas';
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
  let inRecommendations = false;
  for (const passage of document.passages) {
    if (passage.kind === 'heading') inRecommendations = sectionIsRecommendations(passage.text) ?? inRecommendations;
    if (passage.kind === 'meta' || passage.kind === 'byline') continue;
    const structure = analysePassage(passage);
    structures.set(passage.id, structure);

    const dates = findDates(structure, document.date);
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
        modality: modalityOf(structure, draft, dates, inRecommendations),
        asOf: asOfFor(structure, draft, dates),
        stated: draft.stated,
        text: passage.text.slice(draft.start, draft.end),
        passageId: passage.id,
        documentId: document.id,
        start: draft.start,
        end: draft.end,
        documentDate: document.date,
        documentDateNotBefore: null,
        sentence: { text: passage.text.slice(sentence.start, sentence.end), start: draft.start - sentence.start, end: draft.end - sentence.start },
        attach: draft.attach,
        givenFeatureIds: draft.featureIds ?? [],
      });
    }
  }
  const notBefore = document.date === null ? latestReportedYear(claims) : null;
  for (const claim of claims) claim.documentDateNotBefore = notBefore;
  return { claims, structures };
}

/** An undated document was written no earlier than the latest year it reports as past. */
function latestReportedYear(claims: ExtractedClaim[]): string | null {
  const years = claims
    .filter((c) => c.measure === 'date' && c.modality !== 'target' && c.qualifier !== 'by')
    .map((c) => Number(String(c.valueMax ?? c.value).slice(0, 4)));
  return years.length ? String(Math.max(...years)) : null;
}
