/**
 * Stable ids. A document's id comes from its file's 3-digit prefix (`000_53b3….txt` → `doc-000`;
 * uploaded documents past 999 take more digits, `1000_upload.txt` → `doc-1000`);
 * a passage's from the document id and its position in reading order (`doc-000-p007`). Citations
 * survive re-ingestion as long as the sources do not change.
 */
import { SourceFileNameError } from './corpus-errors';

const SOURCE_FILE = /^(\d{3}|[1-9]\d{3,})_[^/\\]*\.txt$/;

export function isCorpusFileName(name: string): boolean {
  return SOURCE_FILE.test(name);
}

export function documentIdFromSourceFile(sourceFile: string): string {
  const match = SOURCE_FILE.exec(sourceFile);
  if (!match) throw new SourceFileNameError(sourceFile);
  return `doc-${match[1]}`;
}

export { passageId } from '../../types/passage-id';
