import { describe, expect, it } from 'vitest';
import { detectFormat, looksLikeHtml } from './detect-format';
import { UnsupportedFormatError } from './upload-errors';
import { PNG_BYTES } from './test/fixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);
const detect = (bytes: Uint8Array, fileName: string, contentType?: string) => detectFormat({ bytes, fileName, contentType });

function refusal(run: () => unknown): UnsupportedFormatError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UnsupportedFormatError);
    return error as UnsupportedFormatError;
  }
  throw new Error('expected an UnsupportedFormatError');
}

describe('detectFormat', () => {
  it('reads the format from the bytes: PDF and ZIP magic numbers win over the name, with a warning', () => {
    expect(detect(utf8('%PDF-1.7\n…'), 'plan.pdf')).toEqual({ format: 'pdf', declaredCharset: null, warnings: [] });
    const misnamed = detect(utf8('%PDF-1.4\n'), 'plan.docx');
    expect(misnamed.format).toBe('pdf');
    expect(misnamed.warnings).toEqual(['The file is named .docx but is a PDF; it was read as a PDF.']);
    expect(detect(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]), 'plan.docx').format).toBe('docx');
    // junk before the PDF header is allowed within the first kilobyte
    expect(detect(utf8(`${' '.repeat(100)}%PDF-1.4`), 'x.pdf').format).toBe('pdf');
  });

  it('tells text, Markdown and HTML apart by name and type, and HTML also by its start', () => {
    expect(detect(utf8('乌镇'), 'a.txt').format).toBe('text');
    expect(detect(utf8('# 乌镇'), 'a.md').format).toBe('markdown');
    expect(detect(utf8('# 乌镇'), 'a', 'text/markdown; charset=utf-8').format).toBe('markdown');
    expect(detect(utf8('乌镇'), 'a.HTM').format).toBe('html');
    expect(detect(utf8('乌镇'), 'upload').format).toBe('text');
    const html = detect(utf8('\ufeff  <!DOCTYPE html><p>乌镇</p>'), 'page.txt');
    expect(html.format).toBe('html');
    expect(html.warnings[0]).toContain('holds HTML; it was read as HTML');
  });

  it('passes on the charset a Content-Type declares', () => {
    expect(detect(utf8('abc'), 'a.txt', 'text/plain; charset="GBK"').declaredCharset).toBe('GBK');
    expect(detect(utf8('abc'), 'a.txt').declaredCharset).toBeNull();
  });

  it('refuses known binary formats by their signature, whatever the name', () => {
    const png = refusal(() => detect(PNG_BYTES, 'plan.txt'));
    expect(png.status).toBe(415);
    expect(png.details).toEqual({ detected: 'a PNG image', extension: 'txt' });
    expect(refusal(() => detect(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.doc')).details.detected).toMatch(/old Office file/);
    expect(refusal(() => detect(utf8('{\\rtf1\\ansi'), 'a.rtf')).details.detected).toMatch(/RTF/);
    expect(refusal(() => detect(new Uint8Array([1, 2, 0, 4]), 'data.bin')).details.detected).toMatch(/binary/);
  });

  it('refuses text under an extension the atlas does not read', () => {
    expect(refusal(() => detect(utf8('a,b\n1,2'), 'table.csv')).message).toContain('"table.csv" is a .csv file');
  });

  it('reads text sent under a binary name as text, saying so', () => {
    const read = detect(utf8('乌镇'), 'plan.pdf');
    expect(read.format).toBe('text');
    expect(read.warnings[0]).toContain('named .pdf but holds plain text');
  });
});

describe('looksLikeHtml', () => {
  it('follows the WHATWG patterns: a known tag, then a space or >', () => {
    expect(looksLikeHtml(utf8('<html lang="zh">'))).toBe(true);
    expect(looksLikeHtml(utf8('<?xml version="1.0"?>\n<html>'))).toBe(true);
    expect(looksLikeHtml(utf8('<!-- saved --><p>x'))).toBe(true);
    expect(looksLikeHtml(utf8('<p>'))).toBe(true);
    expect(looksLikeHtml(utf8('<pre>'))).toBe(false);
    expect(looksLikeHtml(utf8('乌镇 <b>x</b>'))).toBe(false);
  });
});
