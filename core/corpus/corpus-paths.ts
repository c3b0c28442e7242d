/** Where the corpus and its curation live by default (core/atlas-inputs.ts has every input). */
import path from 'node:path';
import { CURATION_DIR, REPO_ROOT } from '../atlas-inputs';

export const CURATED_DOCUMENTS_FILE = path.join(CURATION_DIR, 'documents.json');

export function defaultCorpusDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CORPUS_DIR ?? path.join(REPO_ROOT, 'corpus/sources'));
}
