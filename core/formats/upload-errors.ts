/**
 * Why an uploaded file cannot be read. Each error carries the HTTP status it stands for (the API's
 * problem handler turns it into problem+json), a stable `code` for the problem type, and the
 * values that decided it, so the planner's message can say what was wrong and by how much.
 * The file name appears only shortened and stripped of control characters; it is never a path.
 */

export abstract class UploadError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  /** the deciding values, for the problem's extension members */
  abstract readonly details: Record<string, unknown>;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A file name fit for a message: last path segment, no control characters, at most 80 characters. */
export function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '');
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export class FileTooLargeError extends UploadError {
  readonly status = 413;
  readonly code = 'file-too-large';
  readonly details: { bytes: number; limit: number };
  constructor(bytes: number, limit: number) {
    super(`The file is ${megabytes(bytes)}; the limit is ${megabytes(limit)}.`);
    this.details = { bytes, limit };
  }
}

export class UnsupportedFormatError extends UploadError {
  readonly status = 415;
  readonly code = 'unsupported-format';
  readonly details: { detected: string; extension: string };
  /** @param detected what the bytes are, in words (`a PNG image`, `a ZIP archive that is not a Word document`) */
  constructor(fileName: string, detected: string, extension: string) {
    super(
      `"${displayName(fileName)}" is ${detected}. Upload .txt, .md, .html, .docx, or a .pdf with a text layer.`,
    );
    this.details = { detected, extension };
  }
}

/** A ZIP (.docx) whose contents expand far beyond what a document needs: a zip bomb, or near enough. */
export class ArchiveTooLargeError extends UploadError {
  readonly status = 413;
  readonly code = 'archive-too-large';
  readonly details: { reason: string; entry: string | null };
  constructor(reason: string, entry: string | null = null) {
    super(`The Word file expands too far to be read: ${reason}.`);
    this.details = { reason, entry };
  }
}

export class TooManyPagesError extends UploadError {
  readonly status = 422;
  readonly code = 'too-many-pages';
  readonly details: { pages: number; limit: number };
  constructor(pages: number, limit: number) {
    super(`The PDF has ${pages} pages; at most ${limit} are read. Split it into smaller documents.`);
    this.details = { pages, limit };
  }
}

export class NoTextLayerError extends UploadError {
  readonly status = 422;
  readonly code = 'no-text-layer';
  readonly details: { pages: number; reason: string };
  constructor(pages: number, reason: string) {
    super(
      `The PDF (${pages} ${pages === 1 ? 'page' : 'pages'}) ${reason}. It is probably a scan; the atlas reads no images (no OCR). Upload a PDF with a text layer, or the text itself.`,
    );
    this.details = { pages, reason };
  }
}

/** Bytes that claim a format but cannot be read as it: a corrupt ZIP or PDF, a password, undecodable text. */
export class UnreadableFileError extends UploadError {
  readonly status = 422;
  readonly code = 'unreadable-file';
  readonly details: { format: string; reason: string };
  constructor(format: string, reason: string) {
    super(`The ${format} file cannot be read: ${reason}.`);
    this.details = { format, reason };
  }
}

/** The file reads, but holds no text: an empty file, or a page of nothing but scripts and markup. */
export class NoTextError extends UploadError {
  readonly status = 422;
  readonly code = 'no-text';
  readonly details: { format: string };
  constructor(format: string) {
    super(`The ${format} file holds no text.`);
    this.details = { format };
  }
}
