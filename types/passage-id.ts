/**
 * Passage ids are `<documentId>-p<NNN>` (built by api/src/corpus/document-ids.ts `passageId`).
 * Read them here, not with a hand-written regex at each use.
 */
const PASSAGE_SUFFIX = /-p\d+$/;

/** `doc-002-p017` → `doc-002`. */
export function documentIdOfPassage(passageId: string): string {
  return passageId.replace(PASSAGE_SUFFIX, '');
}

/** True when the passage belongs to the document (`doc-00` is not a prefix of `doc-002-p001`'s document). */
export function isPassageOf(passageId: string, documentId: string): boolean {
  return documentIdOfPassage(passageId) === documentId;
}
