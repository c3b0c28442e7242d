/**
 * The passage id, defined once for server and browser: a document id and the passage's position
 * in reading order (`doc-000-p007`). Citations survive re-ingestion while the source stays the same.
 */
const PASSAGE_ID = /^(.+)-p(\d{3,})$/;

export function passageId(documentId: string, index: number): string {
  return `${documentId}-p${String(index).padStart(3, '0')}`;
}

/** The parts of a passage id, or null when the text is not one. */
export function parsePassageId(id: string): { documentId: string; index: number } | null {
  const match = PASSAGE_ID.exec(id);
  return match ? { documentId: match[1], index: Number(match[2]) } : null;
}

/** The document a passage belongs to; the id itself when it is not a passage id. */
export function documentIdOfPassage(id: string): string {
  return parsePassageId(id)?.documentId ?? id;
}

/** True when the passage belongs to the document (`doc-00` is not a prefix of `doc-002-p001`'s document). */
export function isPassageOf(passageId: string, documentId: string): boolean {
  return documentIdOfPassage(passageId) === documentId;
}
