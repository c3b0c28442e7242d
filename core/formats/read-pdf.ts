/**
 * PDF → blocks with pdf.js (pdfjs-dist, legacy build for Node). The page count is read from the
 * document's page tree before any page is, and held to the limit; then each page's text layer is
 * read and laid out (pdf-layout.ts). A PDF without text (a scan) is refused with NoTextLayerError:
 * the atlas has no OCR. Fonts are never rendered or evaluated (no eval, no font faces).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { layoutPages, runsToLines, type PdfLine, type PdfTextRun } from './pdf-layout';
import type { TextBlock } from './text-block';
import { NoTextLayerError, TooManyPagesError, UnreadableFileError } from './upload-errors';
import type { UploadLimits } from './upload-limits';

export interface PdfRead {
  blocks: TextBlock[];
  pageCount: number;
  warnings: string[];
}

const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Kangxi radicals and compatibility ideographs that some PDF fonts map to, for the ideographs they stand for. */
const RADICALS = /[\u2f00-\u2fdf\uf900-\ufaff]/gu;
/** Characters a text layer without a usable Unicode mapping produces. */
const UNMAPPED = /[\ufffd\ue000-\uf8ff\u0000-\u0008\u000e-\u001f]/gu;
/** Letters or digits in any script: what tells a text layer from stray marks. */
const LETTER = /[\p{L}\p{N}]/u;

function loadError(error: unknown): UnreadableFileError {
  const name = (error as { name?: string })?.name;
  if (name === 'PasswordException') return new UnreadableFileError('PDF', 'it is protected by a password');
  if (name === 'InvalidPDFException') return new UnreadableFileError('PDF', 'it is damaged or not a PDF');
  return new UnreadableFileError('PDF', `pdf.js could not open it (${(error as Error)?.message ?? String(error)})`);
}

async function pageRuns(pdf: PDFDocumentProxy, pageNumber: number): Promise<PdfTextRun[]> {
  const page = await pdf.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    return content.items.flatMap((item) =>
      'str' in item
        ? [
            {
              str: item.str,
              x: item.transform[4] as number,
              y: item.transform[5] as number,
              width: item.width,
              size: item.height || Math.hypot(item.transform[0] as number, item.transform[1] as number),
              hasEOL: item.hasEOL,
            },
          ]
        : [],
    );
  } finally {
    page.cleanup();
  }
}

function listPages(pages: readonly number[]): string {
  return pages.length > 10 ? `${pages.slice(0, 10).join(', ')} and ${pages.length - 10} more` : pages.join(', ');
}

let workerLoaded: Promise<void> | null = null;

/**
 * Loads pdf.js's worker code into this thread (its "fake worker": no thread is started). Left to
 * pdf.js, the first PDF read imports it, about 0.8 s of module loading on that upload's answer;
 * the server calls this once it listens, so the first upload finds it ready.
 */
export function preloadPdfReader(): Promise<void> {
  workerLoaded ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((worker) => {
    // pdf.js uses a worker set here instead of importing its own (PDFWorker, main-thread handler)
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  });
  return workerLoaded;
}

export async function readPdf(bytes: Uint8Array, limits: UploadLimits, signal?: AbortSignal): Promise<PdfRead> {
  await preloadPdfReader();
  const task = getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    cMapUrl: `${PDFJS_DIR}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${PDFJS_DIR}/standard_fonts/`,
  });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    throw loadError(error);
  }
  try {
    const pageCount = pdf.numPages;
    if (pageCount > limits.maxPdfPages) throw new TooManyPagesError(pageCount, limits.maxPdfPages);
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= pageCount; n += 1) {
      signal?.throwIfAborted();
      const lines = runsToLines(await pageRuns(pdf, n));
      pages.push(lines.map((line) => ({ ...line, text: line.text.replace(RADICALS, (ch) => ch.normalize('NFKC')) })));
    }

    const text = pages.flat().map((line) => line.text).join('');
    if (!LETTER.test(text)) throw new NoTextLayerError(pageCount, 'has no text layer, only images or drawings');
    const unmapped = text.match(UNMAPPED)?.length ?? 0;
    if (unmapped > 0.3 * text.length) {
      throw new NoTextLayerError(pageCount, 'has a text layer whose fonts map to no readable characters');
    }

    const warnings: string[] = [];
    const blank = pages.flatMap((lines, i) => (lines.some((line) => LETTER.test(line.text)) ? [] : [i + 1]));
    if (blank.length > 0) {
      const which = blank.length === 1 ? `page ${blank[0]} has` : `pages ${listPages(blank)} have`;
      warnings.push(`PDF ${which} no text layer (scanned or blank); nothing was read from ${blank.length === 1 ? 'it' : 'them'}.`);
    }
    const { blocks, droppedLines } = layoutPages(pages);
    if (droppedLines > 0) warnings.push(`${droppedLines} running heads, feet or page numbers were left out.`);
    return { blocks, pageCount, warnings };
  } finally {
    await task.destroy();
  }
}
