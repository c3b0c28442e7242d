/** A source document as a printed map cites it: by title, never by the file it was ingested from. */
import type { DocumentMeta } from '../../../types/atlas';

/** "title — authors, publisher, date", leaving out what the document does not give. */
export function documentCitation(doc: Pick<DocumentMeta, 'title' | 'authors' | 'publisher' | 'date'>): string {
  const by = [doc.authors.join('、'), doc.publisher, doc.date].filter(Boolean).join(', ');
  return `${doc.title}${by ? ` — ${by}` : ''}`;
}
