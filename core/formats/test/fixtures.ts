/**
 * Makes the binary fixtures of the format tests and the bench at run time, with kept libraries
 * (docx, pdf-lib + fontkit, iconv-lite, yazl), from the texts in ./in. Nothing binary is committed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import yazl from 'yazl';
import { columns } from '../text-block';
import { seededRandom } from '../../testing/seeded-random';

export const PLAN_FILE = new URL('./in/wuzhen-plan.md', import.meta.url);

export interface PlanSection {
  heading: string | null;
  paragraphs: string[];
}

export interface Plan {
  title: string;
  sections: PlanSection[];
}

/** The reference text: `# title`, `## heading`, one paragraph per line. */
export function readPlan(source: string = readFileSync(PLAN_FILE, 'utf8')): Plan {
  const plan: Plan = { title: '', sections: [] };
  for (const line of source.split('\n').map((each) => each.trim()).filter(Boolean)) {
    if (line.startsWith('# ')) plan.title = line.slice(2);
    else if (line.startsWith('## ')) plan.sections.push({ heading: line.slice(3), paragraphs: [] });
    else {
      if (plan.sections.length === 0) plan.sections.push({ heading: null, paragraphs: [] });
      plan.sections.at(-1)?.paragraphs.push(line);
    }
  }
  return plan;
}

/**
 * A long plan: `paragraphs` (the corpus's, say) drawn in a seeded order until it holds
 * `targetChars`, a numbered heading every eight. The upload bench's document (issue 18).
 */
export function seededPlan(paragraphs: readonly string[], targetChars: number, seed = 18): Plan {
  const random = seededRandom(seed);
  const plan: Plan = { title: '乌镇全域发展规划汇编（上传基准文本）', sections: [] };
  let chars = 0;
  for (let n = 0; chars < targetChars; n += 1) {
    if (n % 8 === 0) plan.sections.push({ heading: `第${plan.sections.length + 1}部分`, paragraphs: [] });
    const paragraph = paragraphs[Math.floor(random() * paragraphs.length)] as string;
    plan.sections.at(-1)?.paragraphs.push(paragraph);
    chars += paragraph.length;
  }
  return plan;
}

/** A plan as a plain text file: title, headings and paragraphs one per line, blank lines between. */
export function planText(plan: Plan): string {
  const lines = [plan.title, ''];
  for (const section of plan.sections) {
    if (section.heading) lines.push(section.heading, '');
    for (const paragraph of section.paragraphs) lines.push(paragraph, '');
  }
  return lines.join('\n');
}

/** Marks a line may not start with (Chinese line breaking, kinsoku): they stay on the line before. */
const NO_LINE_START = '，。、；：！？）」』”’》】…·';
/** Marks a line may not end with: they move to the next line with the character they open. */
const NO_LINE_END = '（「『“‘《【';

/**
 * Greedy hard wrap at `width`, measured by `measure`; the first line is `firstIndent` narrower.
 * Like a typesetter it breaks between any two Chinese characters but never inside a number or a
 * Latin word.
 */
export function wrap(paragraph: string, width: number, firstIndent: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of paragraph.match(/[A-Za-z0-9.%]+|./gsu) ?? []) {
    const room = width - (lines.length === 0 ? firstIndent : 0);
    if (line !== '' && measure(line + ch) > room && !NO_LINE_START.includes(ch)) {
      const carried = NO_LINE_END.includes(line.at(-1) ?? '') ? (line.at(-1) as string) : '';
      lines.push(line.slice(0, line.length - carried.length));
      line = carried;
    }
    line += ch;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export const wrapColumns = (paragraph: string, width: number, firstIndent = 0) => wrap(paragraph, width, firstIndent, columns);

/** A Word file made from hard-wrapped text: every line its own paragraph, as such exports arrive. */
export async function makeWrappedDocx(plan: Plan, options: { width: number; indent: boolean }): Promise<Uint8Array> {
  const indent = options.indent ? '\u3000\u3000' : '';
  const children: Paragraph[] = [new Paragraph({ text: plan.title, heading: HeadingLevel.TITLE })];
  for (const section of plan.sections) {
    if (section.heading) children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_2 }));
    for (const paragraph of section.paragraphs) {
      wrapColumns(paragraph, options.width, columns(indent)).forEach((line, i) => {
        children.push(new Paragraph({ children: [new TextRun(i === 0 ? indent + line : line)] }));
      });
    }
  }
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** One paragraph per Word paragraph, as a document typed in Word arrives. */
export async function makeDocx(paragraphs: ReadonlyArray<string | { heading: string }>): Promise<Uint8Array> {
  const children = paragraphs.map((each) =>
    typeof each === 'string' ? new Paragraph({ children: [new TextRun(each)] }) : new Paragraph({ text: each.heading, heading: HeadingLevel.HEADING_1 }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** Noto Sans CJK from the system (fonts-noto-cjk), located with fontconfig. */
export function cjkFontFile(): string {
  const files = execFileSync('fc-list', [':lang=zh', 'file'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.replace(/:\s*$/, '').trim())
    .filter((file) => /NotoSansCJK-Regular\.ttc$|NotoSansCJK.*Regular\.otf$/.test(file));
  if (files.length === 0) throw new Error('Noto Sans CJK is not installed (apt-get install fonts-noto-cjk)');
  return files.sort()[0] as string;
}

async function embedCjkFont(pdf: PDFDocument): Promise<PDFFont> {
  const file = cjkFontFile();
  // a .ttc holds several fonts: pdf-lib's fontkit is told which one; subsetting writes it out alone
  pdf.registerFontkit({
    create: (bytes: Uint8Array) => (fontkit as unknown as { create(b: Uint8Array, name?: string): unknown }).create(bytes, file.endsWith('.ttc') ? 'NotoSansCJKsc-Regular' : undefined),
  } as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  return pdf.embedFont(readFileSync(file), { subset: true });
}

export interface PdfLayoutOptions {
  /** body size, points */
  size: number;
  /** first-line indent, in ems */
  indentEms: number;
  /** draw `- n -` at the foot of every page */
  pageNumbers: boolean;
}

const A4 = { width: 595, height: 842, margin: 72 };

/** A typeset PDF of the plan: title and headings larger, paragraphs wrapped to the column, pages numbered. */
export async function makeWrappedPdf(plan: Plan, options: PdfLayoutOptions = { size: 12, indentEms: 2, pageNumbers: true }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await embedCjkFont(pdf);
  const column = A4.width - 2 * A4.margin;
  const pitch = options.size * 1.6;
  // widths per character, cached: laying out every prefix of every line through fontkit is quadratic
  const widths = new Map<string, number>();
  const measure = (text: string) => {
    let width = 0;
    for (const ch of text) {
      let w = widths.get(ch);
      if (w === undefined) widths.set(ch, (w = font.widthOfTextAtSize(ch, options.size)));
      width += w;
    }
    return width;
  };
  let page = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - A4.margin;
  const newPageIfFull = (needed: number) => {
    if (y - needed >= A4.margin) return;
    page = pdf.addPage([A4.width, A4.height]);
    y = A4.height - A4.margin;
  };
  const draw = (text: string, size: number, x: number) => {
    newPageIfFull(size * 1.6);
    page.drawText(text, { x, y: y - size, size, font, color: rgb(0, 0, 0) });
    y -= size * 1.6;
  };
  draw(plan.title, options.size * 1.5, A4.margin);
  for (const section of plan.sections) {
    if (section.heading) {
      y -= pitch * 0.5;
      draw(section.heading, options.size * 1.25, A4.margin);
    }
    for (const paragraph of section.paragraphs) {
      const indent = options.indentEms * options.size;
      wrap(paragraph, column, indent, measure).forEach((line, i) => {
        draw(line, options.size, A4.margin + (i === 0 ? indent : 0));
      });
    }
  }
  if (options.pageNumbers) {
    pdf.getPages().forEach((each, i) => {
      const label = `- ${i + 1} -`;
      each.drawText(label, { x: (A4.width - font.widthOfTextAtSize(label, 10)) / 2, y: 40, size: 10, font });
    });
  }
  return pdf.save();
}

/** A one-page PDF of the given lines, each at the left margin, 12 pt. */
export async function makePdfLines(lines: readonly string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await embedCjkFont(pdf);
  const page = pdf.addPage([A4.width, A4.height]);
  lines.forEach((line, i) => page.drawText(line, { x: A4.margin, y: A4.height - A4.margin - i * 20, size: 12, font }));
  return pdf.save();
}

export async function makeBlankPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) pdf.addPage([A4.width, A4.height]);
  return pdf.save();
}

/** What a scan looks like to a text reader: pages of drawing, no text. */
export async function makeScanLikePdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) {
    const page = pdf.addPage([A4.width, A4.height]);
    for (let row = 0; row < 30; row += 1) {
      page.drawRectangle({ x: A4.margin, y: A4.height - A4.margin - row * 20, width: 300 + ((row * 37) % 150), height: 8, color: rgb(0.2, 0.2, 0.2) });
    }
  }
  return pdf.save();
}

/** Text in a legacy encoding; throws if the text has a character the encoding lacks. */
export function encodeText(text: string, encoding: 'gb18030' | 'big5'): Uint8Array {
  const bytes = iconv.encode(text, encoding);
  if (iconv.decode(bytes, encoding) !== text) throw new Error(`the fixture text is not representable in ${encoding}`);
  return new Uint8Array(bytes);
}

export interface ZipEntry {
  name: string;
  data: Buffer;
}

export function makeZip(entries: readonly ZipEntry[], options: { compress: boolean } = { compress: true }): Promise<Uint8Array> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) zip.addBuffer(entry.data, entry.name, { compress: options.compress });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    zip.outputStream.on('error', reject);
  });
}

const MINIMAL_DOCUMENT = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>乌镇</w:t></w:r></w:p></w:body></w:document>',
);

/** A .docx-shaped ZIP with one entry of `megabytes` of zeros: about 1000:1 compressed. */
export function makeZipBomb(megabytes: number): Promise<Uint8Array> {
  return makeZip([
    { name: 'word/document.xml', data: MINIMAL_DOCUMENT },
    { name: 'word/media/image1.bin', data: Buffer.alloc(megabytes * 1024 * 1024) },
  ]);
}

/**
 * A ZIP whose directory lies: the entry declares `declared` bytes uncompressed but inflates to
 * `actual`. The two size fields (local header and central directory) are rewritten by offset.
 */
export async function makeLyingZip(actual: number, declared: number): Promise<Uint8Array> {
  const bytes = Buffer.from(await makeZip([
    { name: 'word/document.xml', data: MINIMAL_DOCUMENT },
    { name: 'word/media/image1.bin', data: Buffer.alloc(actual, 0x41) },
  ]));
  const patch = (signature: number, sizeOffset: number, nameLengthOffset: number, nameOffset: number) => {
    for (let at = bytes.indexOf(Buffer.from([0x50, 0x4b])); at >= 0; at = bytes.indexOf(Buffer.from([0x50, 0x4b]), at + 1)) {
      if (bytes.readUInt32LE(at) !== signature) continue;
      const nameLength = bytes.readUInt16LE(at + nameLengthOffset);
      const name = bytes.toString('utf8', at + nameOffset, at + nameOffset + nameLength);
      if (name === 'word/media/image1.bin') bytes.writeUInt32LE(declared, at + sizeOffset);
    }
  };
  patch(0x04034b50, 22, 26, 30); // local file header: uncompressed size at 22, name length at 26, name at 30
  patch(0x02014b50, 24, 28, 46); // central directory header: uncompressed size at 24, name length at 28, name at 46
  return new Uint8Array(bytes);
}

/** The start of a PNG: the signature and an IHDR chunk. */
export const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
  0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);
