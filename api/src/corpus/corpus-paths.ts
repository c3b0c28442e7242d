/**
 * Where the corpus and its curation data live by default, relative to the repository, so tests
 * and scripts work from a fresh clone with nothing beside it. `CORPUS_DIR` overrides the corpus.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const CURATED_DOCUMENTS_FILE = path.join(REPO_ROOT, 'api/data/documents.json');

export function defaultCorpusDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CORPUS_DIR ?? path.join(REPO_ROOT, 'corpus/sources'));
}
