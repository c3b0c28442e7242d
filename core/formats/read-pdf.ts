/**
 * PDF → blocks. pdf.js (pdfjs-dist, legacy build for Node) reads the text layer in its own thread
 * (pdf-text-runs.ts): the page count from the document's page tree before any page, held to the
 * limit, then each page's text runs, which are laid out here (pdf-layout.ts). A PDF without text
 * (a scan) is refused with NoTextLayerError: the atlas has no OCR. Fonts are never rendered or
 * evaluated (no eval, no font faces).
 */
import { layoutPages, runsToLines, type PdfLine } from './pdf-layout';
import { readPdfTextRuns } from './pdf-text-runs';
import type { TextBlock } from './text-block';
import { NoTextLayerError } from './upload-errors';
import type { UploadLimits } from './upload-limits';

export interface PdfRead {
  blocks: TextBlock[];
  pageCount: number;
  warnings: string[];
}

/** Kangxi radicals and compatibility ideographs that some PDF fonts map to, for the ideographs they stand for. */
const RADICALS = /[\u2f00-\u2fdf\uf900-\ufaff]/gu;
/** Characters a text layer without a usable Unicode mapping produces. */
const UNMAPPED = /[\ufffd\ue000-\uf8ff\u0000-\u0008\u000e-\u001f]/gu;
/** Letters or digits in any script: what tells a text layer from stray marks. */
const LETTER = /[\p{L}\p{N}]/u;

function listPages(pages: readonly number[]): string {
  return pages.length > 10 ? `${pages.slice(0, 10).join(', ')} and ${pages.length - 10} more` : pages.join(', ');
}

export async function readPdf(bytes: Uint8Array, limits: UploadLimits, signal?: AbortSignal): Promise<PdfRead> {
  const { pageCount, pages: runs } = await readPdfTextRuns(bytes, limits.maxPdfPages, signal);
  const pages: PdfLine[][] = runs.map((pageRuns) =>
    runsToLines(pageRuns).map((line) => ({ ...line, text: line.text.replace(RADICALS, (ch) => ch.normalize('NFKC')) })),
  );
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
}
