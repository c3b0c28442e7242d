/**
 * What happens to an uploaded document after the 202 (or after a restart, resume-documents.ts): its
 * stored text is ingested (repairs, passage kinds, damaged spans, metadata the text states), then it
 * is marked `ready` and the live atlas, rebuilt, links and draws claims from it with everything else.
 * Any failure marks it `failed` with the reason as a problem object; the atlas only ever reads
 * `ready` documents, so a failed one has no passages anywhere. The storage makes sure one process
 * does it, once (core/db/document-processing.ts).
 */
import type { AtlasStorage, StoredDocument } from '../db/atlas-storage';
import type { LiveAtlas } from './live-atlas';
import { EmptyDocumentError, ingestUploadedText } from './uploaded-documents';

/**
 * Processes document `id` from its stored text, the same after the 202 of its upload as when it is
 * resumed after a crash: null when another process sharing the database has it, or it is finished.
 */
export async function processDocument(storage: AtlasStorage, live: LiveAtlas, id: string): Promise<StoredDocument | null> {
  const finished = await storage.processDocument(id, (stored, text) => {
    try {
      const { document } = ingestUploadedText(stored, text);
      live.documents?.uploads.remember(stored.id, document);
      return { status: 'ready' };
    } catch (error) {
      return { status: 'failed', error: failureProblem(error) };
    }
  });
  // the revision of this document's own write: a rebuild its change notice started already shows it
  if (finished) await live.refresh(storage.committedRevision || undefined).catch((error) => console.error(`[atlas] rebuilding after processing ${id} failed:`, error));
  return finished;
}

/** The reason as the planner reads it: a problem object (RFC 9457), never a stack trace. */
export function failureProblem(error: unknown): Record<string, unknown> {
  if (error instanceof EmptyDocumentError) {
    return { type: '/problems/no-passages', title: 'Unprocessable Content', status: 422, detail: 'Once repaired, the text holds no passage to read (nothing but page breaks, marks or blank lines).' };
  }
  console.error('[atlas] processing an uploaded document failed:', error);
  return { type: '/problems/processing-failed', title: 'Unprocessable Content', status: 422, detail: 'The text could not be processed into passages; the document was not added to the atlas.' };
}
