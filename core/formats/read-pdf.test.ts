import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadPdfThread } from './pdf-text-runs';
import { readPdf } from './read-pdf';
import { makeBlankPdf, makeScanLikePdf, makeWrappedPdf, readPlan } from './test/fixtures';
import { NoTextLayerError, TooManyPagesError, UnreadableFileError } from './upload-errors';
import { UPLOAD_LIMITS } from './upload-limits';

const plan = readPlan();
let typeset: Uint8Array;

beforeAll(async () => {
  // 16 pt puts the plan on two pages, with a paragraph running across the break
  typeset = await makeWrappedPdf(plan, { size: 16, indentEms: 2, pageNumbers: true });
});

describe('readPdf', () => {
  it('reads with pdf.js loaded ahead in its thread (the server preloads it once listening), loading it once', async () => {
    const first = preloadPdfThread();
    expect(preloadPdfThread()).toBe(first);
    await first;
    expect((await readPdf(typeset, UPLOAD_LIMITS)).pageCount).toBe(2);
  });

  it('reads the text layer line by line, with sizes, indents and pages, dropping page numbers', async () => {
    const { blocks, pageCount, warnings } = await readPdf(typeset, UPLOAD_LIMITS);
    expect(pageCount).toBe(2);
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 1, lines: [{ text: plan.title }] });
    const headings = blocks.filter((block) => block.kind === 'heading' && block.level === 2).map((block) => block.lines[0]?.text);
    expect(headings).toEqual(plan.sections.map((section) => section.heading));
    const lines = blocks.flatMap((block) => block.lines);
    // every paragraph starts with an indented line
    expect(lines.filter((line) => line.indented).length).toBe(plan.sections.flatMap((section) => section.paragraphs).length);
    const pageStarts = lines.filter((line) => line.pageStart);
    expect(pageStarts).toHaveLength(1);
    expect(pageStarts[0]?.indented).toBe(false);
    expect(lines.map((line) => line.text).join('')).toBe(
      [plan.title, ...plan.sections.flatMap((section) => [section.heading, ...section.paragraphs])].join(''),
    );
    expect(warnings).toEqual(['2 running heads, feet or page numbers were left out.']);
    // the caller's bytes are not handed over to pdf.js (it detaches what it is given)
    expect(typeset.byteLength).toBeGreaterThan(0);
  });

  it('warns about pages without text among pages with text', async () => {
    const pdf = await PDFDocument.load(typeset);
    pdf.addPage();
    const { warnings, pageCount } = await readPdf(await pdf.save(), UPLOAD_LIMITS);
    expect(pageCount).toBe(3);
    expect(warnings).toContain('PDF page 3 has no text layer (scanned or blank); nothing was read from it.');
  });

  it('refuses a PDF of thousands of pages by its page count', async () => {
    const error = await readPdf(await makeBlankPdf(3000), UPLOAD_LIMITS).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TooManyPagesError);
    expect((error as TooManyPagesError).details).toEqual({ pages: 3000, limit: 500 });
    expect((error as TooManyPagesError).message).toBe('The PDF has 3000 pages; at most 500 are read. Split it into smaller documents.');
  });

  it('refuses a PDF without a text layer, saying it looks like a scan (422)', async () => {
    const error = await readPdf(await makeScanLikePdf(2), UPLOAD_LIMITS).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(NoTextLayerError);
    expect((error as NoTextLayerError).status).toBe(422);
    expect((error as NoTextLayerError).message).toMatch(/^The PDF \(2 pages\) has no text layer, only images or drawings\. It is probably a scan/);
  });

  it('refuses a damaged PDF as unreadable', async () => {
    const damaged = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF');
    await expect(readPdf(damaged, UPLOAD_LIMITS)).rejects.toBeInstanceOf(UnreadableFileError);
  });

  it('stops between pages when the read is cancelled', async () => {
    await expect(readPdf(typeset, UPLOAD_LIMITS, AbortSignal.abort())).rejects.toThrow(/abort/i);
  });
});
