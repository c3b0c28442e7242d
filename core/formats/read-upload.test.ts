/**
 * The acceptance set of issue 18 part 1: each format, generated at run time from the same plan
 * text, reads back to source text that the corpus ingestion turns into the passages the plan
 * itself gives; each bad input is refused with its typed error.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCorpusDir } from '../corpus/corpus-paths';
import { ingestCorpus } from '../corpus/ingest-corpus';
import { ingestDocument } from '../corpus/ingest-document';
import { readUpload } from './read-upload';
import {
  encodeText,
  makeBlankPdf,
  makePdfLines,
  makeScanLikePdf,
  makeWrappedDocx,
  makeWrappedPdf,
  makeZipBomb,
  PLAN_FILE,
  planText,
  PNG_BYTES,
  readPlan,
  seededPlan,
  wrapColumns,
} from './test/fixtures';
import {
  ArchiveTooLargeError,
  FileTooLargeError,
  NoTextError,
  NoTextLayerError,
  TooManyPagesError,
  UnsupportedFormatError,
  type UploadError,
} from './upload-errors';

const source = readFileSync(PLAN_FILE, 'utf8');
const plan = readPlan(source);
const passagesOf = (text: string) => ingestDocument('900_upload.txt', text, {}).document.passages.map(({ kind, text: t }) => ({ kind, text: t }));
const reference = passagesOf(source);

function planAsHtml(charset: string): string {
  const body = plan.sections
    .map((section) => `<h2>${section.heading}</h2>\n${section.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}`)
    .join('\n<script>document.write("<p>脚本写入的段落。</p>")</script>\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="${charset}"><title>${plan.title} - 网站</title>
<style>p::before { content: "样式文字"; } .x { color: red }</style>
<script>var secret = "脚本里的文字"; if (a < b && c > d) alert(secret);</script></head>
<body><nav hidden>首页 &gt; 规划</nav><h1>${plan.title}</h1>
<noscript>请启用JavaScript。</noscript>
${body}
<template><p>模板段落。</p></template><iframe src="x.html">框架文字</iframe>
<footer style="display:none">版权所有</footer></body></html>`;
}

async function refusal<T extends UploadError>(promise: Promise<unknown>, type: abstract new (...args: never[]) => T): Promise<T> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(type);
  return error as T;
}

describe('readUpload: formats', () => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = await makeWrappedPdf(plan, { size: 16, indentEms: 2, pageNumbers: true });
  });

  it('the reference plan ingests to a title, three headings and six paragraphs', () => {
    expect(reference.map((passage) => passage.kind)).toEqual([
      'title', 'heading', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph',
    ]);
  });

  it('.md and .txt in UTF-8 pass through as written', async () => {
    const md = await readUpload({ bytes: new TextEncoder().encode(source), fileName: 'plan.md', contentType: 'text/markdown' });
    expect(md).toEqual({ text: source, format: 'markdown', encoding: 'utf-8', hardWrapped: false, warnings: [] });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(source)]);
    expect((await readUpload({ bytes: withBom, fileName: 'plan.txt' })).text).toBe(source);
  });

  it('a hard-wrapped Word file (one paragraph per line) ingests to the reference passages', async () => {
    const docx = await makeWrappedDocx(plan, { width: 60, indent: false });
    const read = await readUpload({ bytes: docx, fileName: 'plan.docx' });
    expect(read).toMatchObject({ format: 'docx', encoding: null, hardWrapped: true, warnings: [] });
    expect(read.text.split('\n').length).toBeGreaterThan(30);
    const ingested = ingestDocument('900_upload.txt', read.text, {});
    expect(ingested.document.passages.map(({ kind, text }) => ({ kind, text }))).toEqual(reference);
    // the lines were joined by the ingestion's own repair, which reports every join
    const wraps = plan.sections.flatMap((section) => section.paragraphs).reduce((sum, p) => sum + wrapColumns(p, 60).length - 1, 0);
    expect(ingested.report.repairs['join-hard-wraps'].count).toBe(wraps);
  });

  it('a hard-wrapped, indented Word file with a sentence ending at the margin ingests to the reference passages', async () => {
    const docx = await makeWrappedDocx(plan, { width: 52, indent: true });
    const read = await readUpload({ bytes: docx, fileName: 'plan.docx' });
    expect(read.hardWrapped).toBe(true);
    expect(read.text).toMatch(/。\n[^\n]/); // a line inside a paragraph ends in 。
    expect(passagesOf(read.text)).toEqual(reference);
  });

  describe('a long plan of corpus paragraphs (the upload bench\'s, shorter): every format reads into the .txt\'s passages', () => {
    const { documents } = ingestCorpus(defaultCorpusDir({}));
    const paragraphs = documents.flatMap((d) => d.passages.filter((p) => p.kind === 'paragraph' && p.text.length >= 40).map((p) => p.text));
    const long = seededPlan(paragraphs, 40_000);
    const asText = passagesOf(planText(long));

    it('a hard-wrapped Word file in a narrow column: few lines end a paragraph, a number may open a line', async () => {
      const read = await readUpload({ bytes: await makeWrappedDocx(long, { width: 30, indent: true }), fileName: 'long.docx' });
      expect(read.hardWrapped).toBe(true);
      // under a fifth of the lines carry the paragraph-end mark: the ingestion must still read it
      const lines = read.text.split('\n').filter(Boolean);
      expect(lines.filter((line) => line.endsWith(' ')).length / lines.length).toBeLessThan(0.2);
      expect(passagesOf(read.text)).toEqual(asText);
    }, 60_000);

    it('a typeset PDF', async () => {
      const read = await readUpload({ bytes: await makeWrappedPdf(long), fileName: 'long.pdf' });
      expect(passagesOf(read.text)).toEqual(asText);
    }, 60_000);
  });

  it('a typeset PDF over two pages ingests to the reference passages', async () => {
    const read = await readUpload({ bytes: pdf, fileName: 'plan.pdf', contentType: 'application/pdf' });
    expect(read).toMatchObject({ format: 'pdf', encoding: null, pageCount: 2, hardWrapped: true });
    expect(read.text).toContain('\n---\n'); // the page break, inside a paragraph
    expect(read.text).not.toMatch(/- \d -/);
    expect(passagesOf(read.text)).toEqual(reference);
  });

  it('a PDF whose lines are not a wrapped column leaves the joining to the punctuation rules of the ingestion', async () => {
    const lines = ['乌镇旅游指南', '乌镇位于桐乡，', '京杭大运河穿镇而过。', '东栅', '西栅以夜景闻名，游客众多。'];
    const read = await readUpload({ bytes: await makePdfLines(lines), fileName: 'guide.pdf' });
    expect(read.hardWrapped).toBe(false);
    expect(read.text).toBe(`${lines.join('\n\n')}\n`);
    expect(passagesOf(read.text).map(({ kind, text }) => `${kind}: ${text}`)).toEqual([
      'title: 乌镇旅游指南',
      'paragraph: 乌镇位于桐乡，京杭大运河穿镇而过。',
      'heading: 东栅',
      'paragraph: 西栅以夜景闻名，游客众多。',
    ]);
  });

  it('GB 18030 text is detected and reads back exactly', async () => {
    const read = await readUpload({ bytes: encodeText(source, 'gb18030'), fileName: 'plan.txt' });
    expect(read).toEqual({ text: source, format: 'text', encoding: 'gb18030', hardWrapped: false, warnings: [] });
  });

  it('Big5 text is detected and reads back exactly', async () => {
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(source);
    const read = await readUpload({ bytes: encodeText(traditional, 'big5'), fileName: '規劃.txt' });
    expect(read).toEqual({ text: traditional, format: 'text', encoding: 'big5', hardWrapped: false, warnings: [] });
    expect(passagesOf(read.text).map((passage) => passage.kind)).toEqual(reference.map((passage) => passage.kind));
  });

  it('an HTML page in GBK, declared by its meta, reads to the reference passages with no markup or script text', async () => {
    const bytes = new Uint8Array(iconv.encode(planAsHtml('gb2312'), 'gbk'));
    const read = await readUpload({ bytes, fileName: 'plan.html', contentType: 'text/html' });
    expect(read).toMatchObject({ format: 'html', encoding: 'gb18030', warnings: [] });
    for (const leak of ['<', '>', 'script', 'secret', '脚本', '样式', 'color', 'JavaScript', '模板', '框架', '版权', '首页', '网站']) {
      expect(read.text, leak).not.toContain(leak);
    }
    expect(passagesOf(read.text)).toEqual(reference);
  });

  it('a file whose name claims another format is read by its bytes, with a warning', async () => {
    const read = await readUpload({ bytes: pdf, fileName: 'plan.docx' });
    expect(read.format).toBe('pdf');
    expect(read.warnings[0]).toBe('The file is named .docx but is a PDF; it was read as a PDF.');
  });

  it('never uses the file name as a path: the bytes are read, not the file it names', async () => {
    const read = await readUpload({ bytes: new TextEncoder().encode('乌镇。'), fileName: fileURLToPath(PLAN_FILE).replace(/\.md$/, '.txt') });
    expect(read.text).toBe('乌镇。');
    const odd = await readUpload({ bytes: new TextEncoder().encode('乌镇。'), fileName: '../../\u0000etc/passwd' });
    expect(odd.text).toBe('乌镇。');
  });
});

describe('readUpload: bad input', () => {
  it('a file over 20 MB → FileTooLargeError (413), before it is looked at', async () => {
    const error = await refusal(readUpload({ bytes: new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41), fileName: 'big.txt' }), FileTooLargeError);
    expect([error.status, error.details.limit]).toEqual([413, 20 * 1024 * 1024]);
  });

  it('a zip-bomb .docx → ArchiveTooLargeError (413)', async () => {
    const error = await refusal(readUpload({ bytes: await makeZipBomb(50), fileName: 'bomb.docx' }), ArchiveTooLargeError);
    expect(error.status).toBe(413);
  });

  it('a PDF of 3,000 pages → TooManyPagesError (422)', async () => {
    const error = await refusal(readUpload({ bytes: await makeBlankPdf(3000), fileName: 'huge.pdf' }), TooManyPagesError);
    expect(error.details.pages).toBe(3000);
  });

  it('a scanned PDF without text → NoTextLayerError (422)', async () => {
    const error = await refusal(readUpload({ bytes: await makeScanLikePdf(1), fileName: 'scan.pdf' }), NoTextLayerError);
    expect([error.status, error.code]).toEqual([422, 'no-text-layer']);
  });

  it('a PNG → UnsupportedFormatError (415), whatever its name', async () => {
    const error = await refusal(readUpload({ bytes: PNG_BYTES, fileName: 'plan.pdf', contentType: 'application/pdf' }), UnsupportedFormatError);
    expect([error.status, error.details.detected]).toEqual([415, 'a PNG image']);
  });

  it('an empty file, or a page of nothing but markup → NoTextError (422)', async () => {
    await refusal(readUpload({ bytes: new Uint8Array(0), fileName: 'empty.txt' }), NoTextError);
    await refusal(readUpload({ bytes: new TextEncoder().encode(' \n\n '), fileName: 'blank.md' }), NoTextError);
    const markup = new TextEncoder().encode('<html><head><script>alert("乌镇")</script></head><body><img src="a.png"></body></html>');
    const error = await refusal(readUpload({ bytes: markup, fileName: 'page.html' }), NoTextError);
    expect(error.message).toBe('The HTML file holds no text.');
  });
});
