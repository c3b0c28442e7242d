/**
 * HTML → blocks, through parse5 (the WHATWG parsing algorithm, so broken markup parses as a
 * browser would). Block elements become paragraphs, h1–h6 headings, <br> a line break inside a
 * paragraph, table cells are separated by a space; entities are decoded by the parser.
 * Scripts, styles, templates, frames, embedded objects, form controls and hidden elements are
 * dropped with everything inside them, so no markup or script text reaches the document.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { collapseWhitespace, leadingIndent } from './collapse-whitespace';
import type { TextBlock, TextLine } from './text-block';

type Node = DefaultTreeAdapterTypes.ChildNode;
export type HtmlElement = DefaultTreeAdapterTypes.Element;

const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'svg', 'math', 'canvas', 'img', 'picture', 'video', 'audio', 'map', 'select', 'textarea',
  'button', 'input', 'datalist', 'dialog',
]);

const BLOCKS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dd', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'legend',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'caption', 'thead',
  'tbody', 'tfoot', 'tr', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);

const CELLS = new Set(['td', 'th']);

export interface HtmlReadOptions {
  /** elements to drop with their content besides the built-in ones (a Word file's footnote back-links) */
  skip?: (element: HtmlElement) => boolean;
}

function attribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function isHidden(element: HtmlElement): boolean {
  if (attribute(element, 'hidden') !== undefined || attribute(element, 'aria-hidden') === 'true') return true;
  const style = attribute(element, 'style') ?? '';
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function headingLevel(tag: string): number | undefined {
  return /^h[1-6]$/.test(tag) ? Number(tag[1]) : undefined;
}

/** Collects raw text into lines and lines into blocks, collapsing white space when a block closes. */
class BlockWriter {
  readonly blocks: TextBlock[] = [];
  private rawLines: Array<{ raw: string; pre: boolean }> = [];
  private current = '';
  private currentPre = false;
  private level: number | undefined;

  text(value: string, pre: boolean): void {
    if (!pre) {
      this.current += value;
      this.currentPre = false;
      return;
    }
    // preformatted text keeps its line breaks
    const [first = '', ...rest] = value.split(/\r\n|\r|\n/);
    this.current += first;
    this.currentPre = true;
    for (const line of rest) {
      this.lineBreak();
      this.current = line;
      this.currentPre = true;
    }
  }

  lineBreak(): void {
    this.rawLines.push({ raw: this.current, pre: this.currentPre });
    this.current = '';
  }

  cellBreak(): void {
    if (this.current.trim() !== '') this.current += ' ';
  }

  open(level: number | undefined): void {
    this.close();
    this.level = level;
  }

  close(): void {
    this.lineBreak();
    const lines: TextLine[] = [];
    for (const { raw, pre } of this.rawLines) {
      const collapsed = pre ? raw.replace(/\t/g, '    ') : collapseWhitespace(raw);
      const text = collapsed.replace(/\u00a0/g, ' ').trim();
      if (text === '') continue;
      const indentColumns = leadingIndent(collapsed);
      lines.push({ text, indentColumns, indented: indentColumns > 0 });
    }
    this.rawLines = [];
    if (lines.length > 0) {
      if (this.level !== undefined) {
        this.blocks.push({ kind: 'heading', level: this.level, lines: [{ text: lines.map((line) => line.text).join(' ') }] });
      } else {
        this.blocks.push({ kind: 'paragraph', lines });
      }
    }
    this.level = undefined;
  }
}

export function htmlToBlocks(html: string, options: HtmlReadOptions = {}): TextBlock[] {
  const document = parse(html);
  const writer = new BlockWriter();

  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeName === '#text') {
      writer.text((node as DefaultTreeAdapterTypes.TextNode).value, pre);
      return;
    }
    if (!('tagName' in node)) return; // comments, doctype
    const element = node as HtmlElement;
    const tag = element.tagName;
    if (DROPPED.has(tag) || isHidden(element) || options.skip?.(element)) return;
    if (tag === 'br') {
      writer.lineBreak();
      return;
    }
    const block = BLOCKS.has(tag);
    const level = headingLevel(tag);
    if (block) writer.open(level);
    if (CELLS.has(tag)) writer.cellBreak();
    for (const child of element.childNodes) walk(child, pre || tag === 'pre' || tag === 'textarea');
    if (CELLS.has(tag)) writer.cellBreak();
    if (block) writer.close();
  };

  for (const child of document.childNodes) walk(child, false);
  writer.close();
  return writer.blocks;
}
