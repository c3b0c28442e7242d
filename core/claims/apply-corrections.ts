/**
 * The reviewed corrections of curation/claim-corrections.json applied to the extracted claims:
 * add a claim the rules cannot see, suppress one they should not have made, or reattach one to
 * another place (or to none). A correction that no longer fits the claims (its claim is gone, its
 * text changed, its place is unknown) stops start-up, naming the correction.
 */
import path from 'node:path';
import { z } from 'zod';
import { CLAIM_MEASURES, CLAIM_MODALITIES, CLAIM_QUALIFIERS, CLAIM_UNITS, type Claim, type Passage } from '../../types/atlas';
import { CURATION_DIR } from '../atlas-inputs';
import { DataFileError, displayPath, readDataFile, recordsIn } from '../data-file';

export const CLAIM_CORRECTIONS_FILE = path.join(CURATION_DIR, 'claim-corrections.json');

const reason = z.string().min(10, 'say why, in a sentence');
const featureId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/).nullable();

const correctionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('suppress'), claim: z.string(), text: z.string().min(1), reason }).strict(),
  z.object({ action: z.literal('reattach'), claim: z.string(), text: z.string().min(1), featureId, reason }).strict(),
  z
    .object({
      action: z.literal('add'),
      passageId: z.string(),
      text: z.string().min(1),
      /** which occurrence of `text` in the passage, 1-based */
      occurrence: z.number().int().min(1).default(1),
      featureId,
      measure: z.enum(CLAIM_MEASURES),
      value: z.union([z.number(), z.string()]),
      valueMax: z.union([z.number(), z.string()]).nullable().default(null),
      unit: z.enum(CLAIM_UNITS),
      qualifier: z.enum(CLAIM_QUALIFIERS).nullable().default(null),
      approx: z.boolean().default(false),
      what: z.string().nullable().default(null),
      modality: z.enum(CLAIM_MODALITIES).default('reported'),
      asOf: z.string().nullable().default(null),
      reason,
    })
    .strict(),
]);
const fileSchema = z.object({ about: z.string(), corrections: z.array(correctionSchema) }).strict();

export type ClaimCorrection = z.infer<typeof correctionSchema>;

const FIX = 'correct or remove the correction';

export class ClaimCorrectionError extends DataFileError {
  constructor(file: string, index: number, detail: string) {
    super(displayPath(file), index >= 0 ? `correction ${index + 1}` : null, detail, FIX);
  }
}

export function loadClaimCorrections(file = CLAIM_CORRECTIONS_FILE): ClaimCorrection[] {
  return readDataFile(file, fileSchema, {
    setting: 'CURATION_DIR',
    recordOf: recordsIn('corrections', (_entry, i) => `correction ${i + 1}`),
    fix: FIX,
  }).corrections;
}

export interface CorrectionContext {
  passageById: Map<string, Passage>;
  featureIds: Set<string>;
  /** the date fields a new claim copies from its document */
  documentDates: Map<string, { date: string | null; notBefore: string | null }>;
  file?: string;
}

export function applyCorrections(claims: Claim[], corrections: ClaimCorrection[], context: CorrectionContext): Claim[] {
  const file = context.file ?? CLAIM_CORRECTIONS_FILE;
  const byId = new Map(claims.map((c) => [c.id, c]));
  const suppressed = new Set<string>();
  const touched = new Set<string>();
  const added: Claim[] = [];

  corrections.forEach((correction, index) => {
    const fail = (detail: string): never => {
      throw new ClaimCorrectionError(file, index, detail);
    };
    const target = correction.action === 'suppress' ? null : correction.featureId;
    if (target && !context.featureIds.has(target)) fail(`no place has the id "${target}"`);

    if (correction.action === 'add') {
      const passage = context.passageById.get(correction.passageId) ?? fail(`no passage has the id "${correction.passageId}"`);
      const start = nthIndexOf(passage.text, correction.text, correction.occurrence);
      if (start < 0) fail(`"${correction.text}" (occurrence ${correction.occurrence}) is not in ${passage.id}`);
      const end = start + correction.text.length;
      const dates = context.documentDates.get(passage.documentId) ?? { date: null, notBefore: null };
      const { sentenceStart, sentenceEnd } = sentenceAround(passage.text, start, end);
      const id = `${passage.id}-a${start}`;
      if (byId.has(id) || added.some((c) => c.id === id)) fail(`a claim ${id} exists already`);
      added.push({
        id,
        featureId: correction.featureId,
        measure: correction.measure,
        value: correction.value,
        valueMax: correction.valueMax,
        unit: correction.unit,
        qualifier: correction.qualifier,
        approx: correction.approx,
        what: correction.what,
        modality: correction.modality,
        asOf: correction.asOf,
        stated: { value: correction.text, unit: correction.unit },
        text: correction.text,
        passageId: passage.id,
        documentId: passage.documentId,
        start,
        end,
        documentDate: dates.date,
        documentDateNotBefore: dates.notBefore,
        sentence: { text: passage.text.slice(sentenceStart, sentenceEnd), start: start - sentenceStart, end: end - sentenceStart },
        source: 'corrected',
        correction: correction.reason,
      });
      return;
    }

    const claim = byId.get(correction.claim) ?? fail(`no extracted claim has the id "${correction.claim}"`);
    if (claim.text !== correction.text) fail(`claim ${claim.id} reads "${claim.text}", not "${correction.text}"`);
    if (touched.has(claim.id)) fail(`claim ${claim.id} is corrected twice`);
    touched.add(claim.id);
    if (correction.action === 'suppress') {
      suppressed.add(claim.id);
      return;
    }
    if (claim.featureId === correction.featureId) fail(`claim ${claim.id} is already attached to ${String(claim.featureId)}`);
    byId.set(claim.id, { ...claim, featureId: correction.featureId, source: 'corrected', correction: correction.reason });
  });

  return [...[...byId.values()].filter((c) => !suppressed.has(c.id)), ...added];
}

function nthIndexOf(text: string, search: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i += 1) {
    at = text.indexOf(search, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function sentenceAround(text: string, start: number, end: number): { sentenceStart: number; sentenceEnd: number } {
  const ends = /[。！？!?]/;
  let sentenceStart = start;
  while (sentenceStart > 0 && !ends.test(text[sentenceStart - 1])) sentenceStart -= 1;
  let sentenceEnd = end;
  while (sentenceEnd < text.length && !ends.test(text[sentenceEnd])) sentenceEnd += 1;
  return { sentenceStart, sentenceEnd: Math.min(text.length, sentenceEnd + 1) };
}
