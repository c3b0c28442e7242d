/**
 * Stable ids. A document's id comes from its file's number prefix: three digits up to 999
 * (`000_53b3….txt` → `doc-000`), the plain number from 1000 on (`1000_….txt` → `doc-1000`), so
 * every existing id stays and each number has one spelling (`0005_` is refused). A passage's
 * id comes from the document id and its position in reading order (`doc-000-p007`). Citations
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

/** Corpus files in reading order: by number (`999_` before `1000_`), then by name. */
export function compareCorpusFileNames(a: string, b: string): number {
  const number = (name: string) => {
    const match = SOURCE_FILE.exec(name);
    return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
  };
  return number(a) - number(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export { passageId } from '../../types/passage-id';
