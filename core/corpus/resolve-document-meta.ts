/**
 * A document's title, authors, publisher and date: from the text where it says them (title
 * passage, name bylines, aggregator dateline), from the curation data where it does not. When
 * both speak they must agree, so stale data fails loudly instead of silently winning.
 */
import { MetadataConflictError } from './corpus-errors';
import type { CuratedDocument } from './curated-documents';

export interface DocumentFacts {
  title: string | null;
  authors: string[];
  publisher: string | null;
  date: string | null;
}

export interface ResolvedMeta {
  title: string;
  authors: string[];
  publisher: string | null;
  date: string | null;
}

function resolve<T>(sourceFile: string, field: string, derived: T | null, curated: { value: T | null } | undefined): T | null {
  if (derived === null) return curated?.value ?? null;
  if (curated !== undefined && JSON.stringify(curated.value) !== JSON.stringify(derived)) {
    throw new MetadataConflictError(sourceFile, field, derived, curated.value);
  }
  return derived;
}

export function resolveDocumentMeta(sourceFile: string, derived: DocumentFacts, curated: CuratedDocument): ResolvedMeta {
  return {
    // a document without a title passage still needs a label: its file name is one, not a claim
    title: resolve(sourceFile, 'title', derived.title, curated.title) ?? sourceFile,
    authors: resolve(sourceFile, 'authors', derived.authors.length > 0 ? derived.authors : null, curated.authors) ?? [],
    publisher: resolve(sourceFile, 'publisher', derived.publisher, curated.publisher),
    date: resolve(sourceFile, 'date', derived.date, curated.date),
  };
}
