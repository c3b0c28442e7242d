/**
 * .docx → blocks: the archive is checked first (check-word-archive.ts), then mammoth converts
 * the document to HTML, which the HTML reader turns into blocks (headings from Word's heading and
 * title styles). Images are not read; footnote marks and their back-links are dropped, the notes
 * themselves stay at the end. mammoth's own warnings (unknown styles and the like) are kept.
 */
import mammoth from 'mammoth';
import { checkWordArchive } from './check-word-archive';
import { htmlToBlocks, type HtmlElement } from './html-to-blocks';
import type { TextBlock } from './text-block';
import { UnreadableFileError } from './upload-errors';
import type { UploadLimits } from './upload-limits';

export interface DocxRead {
  blocks: TextBlock[];
  warnings: string[];
}

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** `<a href="#footnote-1">[1]</a>` in the text and `<a href="#footnote-ref-1">↑</a>` after the note. */
function isNoteLink(element: HtmlElement): boolean {
  if (element.tagName !== 'a') return false;
  const href = element.attrs.find((attr) => attr.name === 'href')?.value ?? '';
  return /^#(?:footnote|endnote)-/.test(href);
}

export async function readDocx(bytes: Uint8Array, fileName: string, limits: UploadLimits): Promise<DocxRead> {
  await checkWordArchive(bytes, fileName, limits);
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // an <img> without a source: the image bytes are never read
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
  } catch (error) {
    throw new UnreadableFileError('Word', `mammoth could not convert it (${(error as Error).message})`);
  }
  const warnings = [...new Set(result.messages.map((message) => `Word: ${message.message}`))];
  return { blocks: htmlToBlocks(result.value, { skip: isNoteLink }), warnings };
}
