/**
 * What an upload is, decided by its bytes (magic numbers, then the WHATWG sniffing patterns for
 * HTML) and cross-checked against the format its name and content type claim. The bytes win for
 * the formats we read; a mismatch becomes a warning. A claim of a format we do not read, or bytes
 * of one, is an UnsupportedFormatError (415).
 */
import { fileExtension } from './file-extension';
import { UnsupportedFormatError } from './upload-errors';

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

export interface Upload {
  bytes: Uint8Array;
  /** the name the browser sent; a label only, never a path */
  fileName: string;
  /** the part's Content-Type, if any (`text/plain; charset=gbk`) */
  contentType?: string;
}

export interface DetectedFormat {
  format: DocumentFormat;
  /** the charset a Content-Type parameter declares, if any (text formats only) */
  declaredCharset: string | null;
  warnings: string[];
}

const EXTENSIONS: Partial<Record<string, DocumentFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

const MEDIA_TYPES: Partial<Record<string, DocumentFormat>> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** Signatures of files planners might send by mistake, so the refusal can say what they sent. */
const BINARY_SIGNATURES: ReadonlyArray<{ magic: number[]; offset?: number; what: string }> = [
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { magic: [0x52, 0x49, 0x46, 0x46], what: 'a RIFF file (WebP, WAV or AVI)' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Office file (.doc, .xls or .ppt; save it as .docx)' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document (save it as .docx)' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF)' },
  { magic: [0x4d, 0x5a], what: 'a program (EXE)' },
  { magic: [0x66, 0x74, 0x79, 0x70], offset: 4, what: 'a video or image (ISO media)' },
  { magic: [0x25, 0x21, 0x50, 0x53], what: 'a PostScript file' },
];

/** Tags that open an HTML document (WHATWG MIME sniffing, "identifying a resource with an unknown MIME type"). */
const HTML_START =
  /^(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html|<head|<body|<script|<iframe|<h1|<div|<font|<table|<a|<style|<title|<b|<br|<p|<meta|<!--)(?=[\s>/])/i;

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  return magic.every((byte, i) => bytes[offset + i] === byte);
}

function isPdf(bytes: Uint8Array): boolean {
  // the header may follow some junk within the first 1024 bytes (PDF 32000-1, note to 7.5.2)
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/** UTF-16 text (with or without a byte-order mark) has NUL bytes; anything else with NULs is binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return false;
  return head.includes(0);
}

/** Does the start of the file read as HTML? Only ASCII matters here, so any ASCII-compatible encoding works. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.startsWith('\u00ef\u00bb\u00bf')) head = head.slice(3);
  return HTML_START.test(head.trimStart());
}

function mediaTypeOf(contentType: string | undefined): { type: string; charset: string | null } {
  const [type = '', ...parameters] = (contentType ?? '').split(';');
  const charset = parameters
    .map((parameter) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(parameter)?.[1] ?? null)
    .find((value) => value !== null);
  return { type: type.trim().toLowerCase(), charset: charset ?? null };
}

function describeClaim(extension: string, mediaType: string): string {
  return extension ? `named .${extension}` : `sent as ${mediaType}`;
}

export function detectFormat(upload: Upload): DetectedFormat {
  const { bytes, fileName } = upload;
  const extension = fileExtension(fileName);
  const media = mediaTypeOf(upload.contentType);
  // the extension is the user's own claim; the content type is usually the browser's guess from it
  const claimed: DocumentFormat | 'other' | null = extension
    ? (EXTENSIONS[extension] ?? 'other')
    : (MEDIA_TYPES[media.type] ?? null);
  const claim = describeClaim(extension, media.type);
  const warnings: string[] = [];
  const byBytes = (format: DocumentFormat, what: string): DetectedFormat => {
    if (claimed !== null && claimed !== format) warnings.push(`The file is ${claim} but is ${what}; it was read as ${what}.`);
    return { format, declaredCharset: null, warnings };
  };

  if (isPdf(bytes)) return byBytes('pdf', 'a PDF');
  if (isZip(bytes)) return byBytes('docx', 'a Word document');
  const binary = BINARY_SIGNATURES.find((signature) => startsWith(bytes, signature.magic, signature.offset));
  if (binary) throw new UnsupportedFormatError(fileName, binary.what, extension);
  if (looksBinary(bytes)) throw new UnsupportedFormatError(fileName, 'a binary file of no format the atlas reads', extension);

  // text from here on
  if (claimed === 'other') throw new UnsupportedFormatError(fileName, `a .${extension} file`, extension);
  const declaredCharset = media.charset;
  if (claimed === 'docx' || claimed === 'pdf') {
    warnings.push(`The file is ${claim} but holds plain text; it was read as text.`);
  }
  if (looksLikeHtml(bytes) && claimed !== 'html') {
    // markup must never reach passage text, so HTML-looking text is read as HTML whatever its name
    if (claimed !== null) warnings.push(`The file is ${claim} but holds HTML; it was read as HTML.`);
    return { format: 'html', declaredCharset, warnings };
  }
  const format = claimed === 'html' || claimed === 'markdown' ? claimed : 'text';
  return { format, declaredCharset, warnings };
}
