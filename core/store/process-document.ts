/**
 * What happens to an uploaded document after the 202: its stored text is ingested (repairs,
 * passage kinds, damaged spans, metadata the text states), then it is marked `ready` and the live
 * atlas, rebuilt, links and draws claims from it with everything else. Any failure marks it
 * `failed` with the reason as a problem object; the atlas only ever reads `ready` documents, so a
 * failed one has no passages anywhere.
 */
import type { AtlasStorage, StoredDocument } from '../db/atlas-storage';
import type { LiveAtlas } from './live-atlas';
import { EmptyDocumentError, ingestUploadedText } from './uploaded-documents';

export async function processDocument(storage: AtlasStorage, live: LiveAtlas, stored: StoredDocument, text: string): Promise<StoredDocument> {
  let finished: StoredDocument;
  try {
    const { document } = ingestUploadedText(stored, text);
    live.documents?.uploads.remember(stored.id, document);
    finished = await storage.finishDocument(stored.id, { status: 'ready' });
  } catch (error) {
    finished = await storage.finishDocument(stored.id, { status: 'failed', error: failureProblem(error) });
  }
  // the revision of this document's own write: a rebuild its change notice started already shows it
  await live.refresh(storage.committedRevision || undefined).catch((error) => console.error(`[atlas] rebuilding after processing ${stored.id} failed:`, error));
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
