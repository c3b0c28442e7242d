/**
 * The curated facts about each corpus document that its text does not state plainly (author
 * names, a publisher, a date only implied) and the few lines whose kind needs a curator's
 * judgement. Stored as data in curation/documents.json, keyed by source file; every value carries
 * `source`, a note on where in the text it comes from.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { PASSAGE_KINDS } from '../../types/atlas';
import { CuratedDataError } from './corpus-errors';
import { CURATED_DOCUMENTS_FILE } from './corpus-paths';

const source = z.string().min(1, 'say where in the text this comes from');

function sourced<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, source });
}

/** ISO 8601 calendar date at year, month or day precision. */
const isoDate = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD');

export const curatedBlockSchema = z.strictObject({
  /** consecutive lines as they read after line repairs (pinyin stripped, marks removed) */
  lines: z.array(z.string().min(1)).min(1),
  kind: z.enum(PASSAGE_KINDS),
  source,
});

export const curatedDocumentSchema = z.strictObject({
  title: sourced(z.string().min(1)).optional(),
  authors: sourced(z.array(z.string().min(1))).optional(),
  /** null: the text names no publisher */
  publisher: sourced(z.string().min(1).nullable()).optional(),
  /** null: the text gives no date, not even implied */
  date: sourced(isoDate.nullable()).optional(),
  blocks: z.array(curatedBlockSchema).optional(),
});

export const curatedDocumentsFileSchema = z.strictObject({
  about: z.string(),
  documents: z.record(z.string(), curatedDocumentSchema),
});

export type CuratedDocument = z.infer<typeof curatedDocumentSchema>;
export type CuratedDocuments = Record<string, CuratedDocument>;

export function parseCuratedDocuments(json: unknown, dataFile: string): CuratedDocuments {
  const parsed = curatedDocumentsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CuratedDataError(dataFile, issue?.path.join('.') ?? '', issue?.message ?? 'invalid');
  }
  return parsed.data.documents;
}

export function loadCuratedDocuments(dataFile: string = CURATED_DOCUMENTS_FILE): CuratedDocuments {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
  } catch (error) {
    throw new CuratedDataError(dataFile, '', error instanceof Error ? error.message : String(error));
  }
  return parseCuratedDocuments(json, dataFile);
}
