/**
 * The whole corpus directory → documents and repair reports, in file order. Synchronous and
 * deterministic: the API runs it once at start-up, before it listens.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AtlasDocument } from '../../types/atlas';
import { CorpusReadError, CuratedDataError, DuplicateDocumentIdError } from './corpus-errors';
import { CURATED_DOCUMENTS_FILE } from './corpus-paths';
import { loadCuratedDocuments, type CuratedDocuments } from './curated-documents';
import { compareCorpusFileNames, documentIdFromSourceFile } from './document-ids';
import { ingestDocument } from './ingest-document';
import { INGEST_DEFAULTS, type IngestOptions } from './ingest-options';
import type { RepairReport } from './repair-report';

export interface IngestedCorpus {
  documents: AtlasDocument[];
  reports: RepairReport[];
}

export interface IngestCorpusOptions {
  /** curation data; read from `curatedFile` (default curation/documents.json) when not given */
  curated?: CuratedDocuments;
  curatedFile?: string;
  options?: IngestOptions;
}

/** Text files in the corpus directory. A .txt whose name lacks the NNN_ prefix is an error, not skipped. */
function corpusFiles(corpusDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(corpusDir);
  } catch (error) {
    throw new CorpusReadError(corpusDir, error);
  }
  return names.filter((name) => name.endsWith('.txt')).sort(compareCorpusFileNames);
}

export function ingestCorpus(
  corpusDir: string,
  { curated, curatedFile = CURATED_DOCUMENTS_FILE, options = INGEST_DEFAULTS }: IngestCorpusOptions = {},
): IngestedCorpus {
  const dataFile = curated ? '(curated documents given by the caller)' : curatedFile;
  const curation = curated ?? loadCuratedDocuments(curatedFile);
  const files = corpusFiles(corpusDir);

  const byId = new Map<string, string>();
  for (const file of files) {
    const id = documentIdFromSourceFile(file);
    const other = byId.get(id);
    if (other) throw new DuplicateDocumentIdError(id, [other, file]);
    byId.set(id, file);
  }
  // Curation is seed data for the documents a reviewer has read, not a gate: a new file needs no
  // entry (what its text does not state stays null). An entry without its file is stale, though.
  for (const key of Object.keys(curation)) {
    if (!files.includes(key)) throw new CuratedDataError(dataFile, key, `no such file in ${corpusDir}`);
  }

  const documents: AtlasDocument[] = [];
  const reports: RepairReport[] = [];
  for (const file of files) {
    let raw: string;
    try {
      raw = fs.readFileSync(path.join(corpusDir, file), 'utf8');
    } catch (error) {
      throw new CorpusReadError(path.join(corpusDir, file), error, 'restore the source document (git checkout -- corpus/sources)');
    }
    const { document, report } = ingestDocument(file, raw, curation[file] ?? {}, options);
    documents.push(document);
    reports.push(report);
  }
  return { documents, reports };
}
