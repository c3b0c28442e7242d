/**
 * An uploaded file → source text for the corpus ingestion, in the shape of corpus/sources/*.txt.
 *
 *   size limit → detect-format (bytes, cross-checked with name and type)
 *     .txt/.md  → decode-text                                   → the text as written
 *     .html     → decode-text (BOM, declared, detected) → html-to-blocks ┐
 *     .docx     → check-word-archive → mammoth → html-to-blocks         ├→ regroup-wrapped-lines
 *     .pdf      → page limit → pdf.js text layer → pdf-layout           ┘   → render-source-text
 *
 * Plain text and Markdown pass through unchanged but for decoding: the ingestion's repairs were
 * made for exactly that shape. Every refusal is a typed UploadError (upload-errors.ts).
 */
import { decodeText, type TextEncoding } from './decode-text';
import { detectFormat, type DocumentFormat, type Upload } from './detect-format';
import { declaredHtmlCharset } from './html-charset';
import { htmlToBlocks } from './html-to-blocks';
import { readDocx } from './read-docx';
import { preloadPdfThread } from './pdf-text-runs';
import { readPdf } from './read-pdf';
import { regroupWrappedLines } from './regroup-wrapped-lines';
import { renderSourceText } from './render-source-text';
import type { TextBlock } from './text-block';
import { FileTooLargeError, NoTextError } from './upload-errors';
import { UPLOAD_LIMITS, type UploadLimits } from './upload-limits';
import { WRAP_DEFAULTS, type WrapOptions } from './wrap-options';

export type { Upload, DocumentFormat };

export interface ReadUploadOptions {
  limits?: Partial<UploadLimits>;
  wrap?: Partial<WrapOptions>;
  /** stops reading between PDF pages when the planner cancels */
  signal?: AbortSignal;
}

export interface ReadUploadResult {
  /** source text: lines, a blank line between paragraphs, `#` headings, `---` page breaks */
  text: string;
  format: DocumentFormat;
  /** the text encoding of .txt, .md and .html files; null for .docx and .pdf */
  encoding: TextEncoding | null;
  /** PDF only */
  pageCount?: number;
  /** each line had arrived as its own paragraph; they were gathered into paragraphs again */
  hardWrapped: boolean;
  /** what the planner should know: a name that did not match the bytes, unreadable pages, … */
  warnings: string[];
}

const FORMAT_NAMES: Record<DocumentFormat, string> = { text: 'text', markdown: 'Markdown', html: 'HTML', docx: 'Word', pdf: 'PDF' };

export async function readUpload(upload: Upload, options: ReadUploadOptions = {}): Promise<ReadUploadResult> {
  const limits: UploadLimits = { ...UPLOAD_LIMITS, ...options.limits };
  const wrap: WrapOptions = { ...WRAP_DEFAULTS, ...options.wrap };
  const { bytes, fileName } = upload;
  if (bytes.byteLength > limits.maxBytes) throw new FileTooLargeError(bytes.byteLength, limits.maxBytes);

  const detected = detectFormat(upload);
  const { format } = detected;
  const warnings = [...detected.warnings];

  const fromBlocks = (blocks: TextBlock[], rest: Pick<ReadUploadResult, 'encoding' | 'pageCount'>): ReadUploadResult => {
    const regrouped = regroupWrappedLines(blocks, wrap);
    // Word and HTML paragraphs are the author's; a PDF's lines are layout, and where the regrouping
    // could not tell its paragraphs (columns, say) the ingestion's punctuation rules should join them
    const markParagraphEnds = format !== 'pdf' || regrouped.hardWrapped;
    const text = renderSourceText(regrouped.blocks, { markParagraphEnds });
    if (text.trim() === '') throw new NoTextError(FORMAT_NAMES[format]);
    return { text, format, ...rest, hardWrapped: regrouped.hardWrapped, warnings };
  };

  switch (format) {
    case 'text':
    case 'markdown': {
      const decoded = decodeText(bytes, { declared: detected.declaredCharset, format: FORMAT_NAMES[format] });
      warnings.push(...decoded.warnings);
      if (decoded.text.trim() === '') throw new NoTextError(FORMAT_NAMES[format]);
      return { text: decoded.text, format, encoding: decoded.encoding, hardWrapped: false, warnings };
    }
    case 'html': {
      // a byte-order mark outranks the transport's charset, which outranks the page's <meta> (WHATWG)
      const declared = detected.declaredCharset ?? declaredHtmlCharset(bytes);
      const decoded = decodeText(bytes, { declared, format: 'HTML' });
      warnings.push(...decoded.warnings);
      return fromBlocks(htmlToBlocks(decoded.text), { encoding: decoded.encoding });
    }
    case 'docx': {
      const read = await readDocx(bytes, fileName, limits);
      warnings.push(...read.warnings);
      return fromBlocks(read.blocks, { encoding: null });
    }
    case 'pdf': {
      const read = await readPdf(bytes, limits, options.signal);
      warnings.push(...read.warnings);
      return fromBlocks(read.blocks, { encoding: null, pageCount: read.pageCount });
    }
  }
}

/** Loads what reading uploads needs ahead of the first one (the PDF reader's code); the server calls it once listening. */
export function preloadUploadReaders(): Promise<void> {
  return preloadPdfThread();
}
