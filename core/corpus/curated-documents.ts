/**
 * The curated facts about each corpus document that its text does not state plainly (author
 * names, a publisher, a date only implied) and the few lines whose kind needs a curator's
 * judgement. Stored as data in curation/documents.json, keyed by source file; every value carries
 * `source`, a note on where in the text it comes from.
 */
import { z } from 'zod';
import { PASSAGE_KINDS } from '../../types/atlas';
import { displayPath, readDataFile, validateData, type DataFileOptions } from '../data-file';
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

const FIX = 'correct the curated value';

/** An issue under documents.<file> is in that document's entry. */
const documentEntry: DataFileOptions['recordOf'] = (issuePath) =>
  issuePath[0] === 'documents' && typeof issuePath[1] === 'string' ? { key: `document "${issuePath[1]}"`, rest: issuePath.slice(2) } : null;

/** Validates curation data given as JSON (tests, tools), with the errors the file gets. */
export function parseCuratedDocuments(json: unknown, dataFile: string): CuratedDocuments {
  return validateData(json, curatedDocumentsFileSchema, { name: displayPath(dataFile), recordOf: documentEntry, fix: FIX }).documents;
}

export function loadCuratedDocuments(dataFile: string = CURATED_DOCUMENTS_FILE): CuratedDocuments {
  return readDataFile(dataFile, curatedDocumentsFileSchema, { setting: 'CURATION_DIR', recordOf: documentEntry, fix: FIX }).documents;
}
