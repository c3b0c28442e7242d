/**
 * The two corpora the tests run on: the real one (corpus/sources, or CORPUS_DIR) and the
 * hand-made issue-4 fixtures in test/in, with their own curation data. Ingested once per test file.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PassageKind } from '../../../types/atlas';
import { defaultCorpusDir } from '../corpus-paths';
import { loadCuratedDocuments } from '../curated-documents';
import { ingestCorpus, type IngestedCorpus } from '../ingest-corpus';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURE_IN_DIR = path.join(HERE, 'in');
export const GOLDEN_OUT_DIR = path.join(HERE, 'out');
export const REAL_CORPUS_DIR = defaultCorpusDir();

/** Kinds whose text is the document's reading text (captions, bylines and meta are set apart). */
export const READING_KINDS: readonly PassageKind[] = ['title', 'heading', 'paragraph'];

let real: IngestedCorpus | undefined;
let fixtures: IngestedCorpus | undefined;

export function realCorpus(): IngestedCorpus {
  real ??= ingestCorpus(REAL_CORPUS_DIR);
  return real;
}

export function fixtureCorpus(): IngestedCorpus {
  fixtures ??= ingestCorpus(FIXTURE_IN_DIR, { curated: loadCuratedDocuments(path.join(FIXTURE_IN_DIR, 'documents.json')) });
  return fixtures;
}
