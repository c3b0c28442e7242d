/**
 * Uploaded documents → AtlasDocuments beside the corpus folder's. The ingestion is the corpus's,
 * with no curation entry (what the text does not state stays null); the editor's metadata wins
 * over what the text says. A document's text never changes under its id (a re-upload is a new
 * document), so each is ingested once per process and kept until it is removed.
 */
import type { AtlasDocument } from '../../types/atlas';
import { ingestDocument, type IngestedDocument } from '../corpus/ingest-document';
import { uploadSourceFile, type StoredDocument } from '../db/document-commands';
import { displayName } from '../formats/upload-errors';

/** Raised when an uploaded text gives nothing to read once repaired (only page breaks, say). */
export class EmptyDocumentError extends Error {
  constructor(readonly documentId: string) {
    super(`document ${documentId} holds no passage once its text is repaired`);
    this.name = 'EmptyDocumentError';
  }
}

/** The ingestion of one uploaded text, as the processing step and the atlas build both run it. */
export function ingestUploadedText(stored: Pick<StoredDocument, 'id' | 'number'>, text: string): IngestedDocument {
  const ingested = ingestDocument(uploadSourceFile(stored.number), text, {});
  if (ingested.document.id !== stored.id) throw new Error(`document ${stored.id} was ingested as ${ingested.document.id}`);
  if (ingested.document.passages.length === 0) throw new EmptyDocumentError(stored.id);
  return ingested;
}

/** The editor's metadata over the text's; a document without a title is labelled by its file's name. */
export function withStoredMeta(document: AtlasDocument, stored: StoredDocument): AtlasDocument {
  const { meta } = stored;
  const derivedTitle = document.title === document.sourceFile ? null : document.title;
  return {
    ...document,
    title: meta.title ?? derivedTitle ?? (displayName(stored.fileName) || stored.id),
    authors: meta.authors ?? document.authors,
    publisher: meta.publisher ?? document.publisher,
    date: meta.date ?? document.date,
  };
}

/** Ingested uploaded documents by id, for the rebuilds of one live atlas. */
export class UploadedDocumentCache {
  private readonly ingested = new Map<string, AtlasDocument>();

  /** Keeps an ingestion the processing step already made, so the next build does not repeat it. */
  remember(id: string, document: AtlasDocument): void {
    this.ingested.set(id, document);
  }

  /**
   * The ready documents of `stored`, in id order: cached ones as they are, new ones ingested from
   * the texts `readTexts` returns. One that fails to ingest is left out, named in `onError`.
   */
  async documents(
    stored: readonly StoredDocument[],
    readTexts: (ids: string[]) => Promise<Map<string, string>>,
    onError: (id: string, error: unknown) => void,
  ): Promise<AtlasDocument[]> {
    const ready = stored.filter((d) => d.status === 'ready');
    const keep = new Set(ready.map((d) => d.id));
    for (const id of this.ingested.keys()) if (!keep.has(id)) this.ingested.delete(id);
    const missing = ready.filter((d) => !this.ingested.has(d.id));
    if (missing.length > 0) {
      const texts = await readTexts(missing.map((d) => d.id));
      for (const d of missing) {
        const text = texts.get(d.id);
        // removed since the state was read: the next build will not list it either
        if (text === undefined) continue;
        try {
          this.ingested.set(d.id, ingestUploadedText(d, text).document);
        } catch (error) {
          onError(d.id, error);
        }
      }
    }
    return ready.flatMap((d) => {
      const document = this.ingested.get(d.id);
      return document ? [withStoredMeta(document, d)] : [];
    });
  }
}
