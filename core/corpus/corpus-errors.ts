/**
 * What can stop ingestion. Each error names the file (and the line or field) it is about, so a
 * bad corpus file or curation record fails start-up with a message a curator can act on.
 */
import { displayPath } from '../data-file';

export class CorpusError extends Error {
  constructor(
    message: string,
    /** what to do about it, appended to the message */
    readonly fix?: string,
  ) {
    super(fix ? `${message}; ${fix}` : message);
    this.name = new.target.name;
  }
}

/** A corpus file whose name does not start with the 3-digit number its document id comes from. */
export class SourceFileNameError extends CorpusError {
  constructor(readonly sourceFile: string) {
    super(`corpus file "${sourceFile}" must be named NNN_*.txt (its document id comes from the 3-digit prefix)`, 'rename it');
  }
}

export class DuplicateDocumentIdError extends CorpusError {
  constructor(
    readonly documentId: string,
    readonly sourceFiles: string[],
  ) {
    super(`corpus files ${sourceFiles.join(' and ')} would both become ${documentId}`, 'renumber one of them');
  }
}

export class CorpusReadError extends CorpusError {
  constructor(
    readonly path: string,
    readonly cause: unknown,
    fix = 'set CORPUS_DIR to the folder of source documents',
  ) {
    super(`cannot read the corpus at ${path}: ${cause instanceof Error ? cause.message : String(cause)}`, fix);
  }
}

/** curation/documents.json does not match its schema, or does not match the corpus. */
export class CuratedDataError extends CorpusError {
  constructor(
    readonly dataFile: string,
    readonly key: string,
    readonly detail: string,
  ) {
    super(`${displayPath(dataFile)} document "${key}": ${detail}`, 'correct the curation data');
  }
}

/** A curated block names lines the source file no longer has (the data went stale). */
export class CuratedLinesNotFoundError extends CorpusError {
  constructor(
    readonly sourceFile: string,
    readonly lines: string[],
  ) {
    super(`${sourceFile}: curated block ${JSON.stringify(lines)} matches no run of lines in the text`, 'update the block in the curation data (curation/documents.json) or restore the text');
  }
}

/** The text says one thing, the curation data another. */
export class MetadataConflictError extends CorpusError {
  constructor(
    readonly sourceFile: string,
    readonly field: string,
    readonly derived: unknown,
    readonly curated: unknown,
  ) {
    super(
      `${sourceFile}: ${field} from the text is ${JSON.stringify(derived)} but the curated value is ${JSON.stringify(curated)}`,
      'correct the curated value (curation/documents.json) or the text',
    );
  }
}
