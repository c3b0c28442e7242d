import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { decodeText, normalizeCharset } from './decode-text';
import { encodeText, PLAN_FILE } from './test/fixtures';
import { UnreadableFileError } from './upload-errors';

const plan = readFileSync(PLAN_FILE, 'utf8');
const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(plan);

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(plan);
    expect(decodeText(bytes)).toEqual({ text: plan, encoding: 'utf-8', warnings: [] });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeText(withBom)).toEqual({ text: plan, encoding: 'utf-8', warnings: [] });
  });

  it('detects GB 18030, four-byte characters included', () => {
    const text = `${plan}\n附：生僻字“𠮷”只在GB 18030中有编码。\n`;
    expect(decodeText(encodeText(text, 'gb18030'))).toEqual({ text, encoding: 'gb18030', warnings: [] });
  });

  it('detects Big5 in Traditional text', () => {
    expect(traditional).toContain('烏鎮');
    expect(decodeText(encodeText(traditional, 'big5'))).toEqual({ text: traditional, encoding: 'big5', warnings: [] });
  });

  it('tells the two apart even in one short line', () => {
    expect(decodeText(encodeText('京杭大运河', 'gb18030')).encoding).toBe('gb18030');
    expect(decodeText(encodeText('京杭大運河', 'big5')).encoding).toBe('big5');
  });

  it('honours a declared charset, GB 2312 and GBK read as GB 18030', () => {
    const bytes = encodeText(plan, 'gb18030');
    expect(decodeText(bytes, { declared: 'gb2312' })).toEqual({ text: plan, encoding: 'gb18030', warnings: [] });
    expect(decodeText(encodeText(traditional, 'big5'), { declared: 'BIG5' }).text).toBe(traditional);
  });

  it('overrules a declaration the bytes contradict, and says so', () => {
    const utf8Labelled = decodeText(new TextEncoder().encode(plan), { declared: 'gb2312' });
    expect(utf8Labelled.encoding).toBe('utf-8');
    expect(utf8Labelled.text).toBe(plan);
    expect(utf8Labelled.warnings[0]).toContain('declares gb18030, but its bytes are not gb18030');

    const big5Labelled = decodeText(encodeText(traditional, 'big5'), { declared: 'gbk' });
    expect(big5Labelled.encoding).toBe('big5');
    expect(big5Labelled.text).toBe(traditional);

    const unknown = decodeText(new TextEncoder().encode('乌镇'), { declared: 'x-klingon' });
    expect(unknown.encoding).toBe('utf-8');
    expect(unknown.warnings[0]).toContain('"x-klingon" is not one the atlas reads');
  });

  it('reads UTF-16 by its byte-order mark', () => {
    const bytes = new Uint8Array(iconv.encode('\ufeff乌镇', 'utf-16le'));
    expect(decodeText(bytes)).toEqual({ text: '乌镇', encoding: 'utf-16le', warnings: [] });
  });

  it('refuses bytes that are neither UTF-8, GB 18030 nor Big5', () => {
    const shiftJis = new Uint8Array(iconv.encode('これは日本語のテキストです。ひらがなとカタカナ。', 'shift_jis'));
    expect(() => decodeText(shiftJis)).toThrow(UnreadableFileError);
    expect(() => decodeText(shiftJis)).toThrow(/neither UTF-8, GB 18030 nor Big5/);
  });

  it('reads UTF-8 with a character cut off at the end as UTF-8, saying what was lost', () => {
    const bytes = new TextEncoder().encode(plan);
    const read = decodeText(bytes.subarray(0, bytes.length - 2));
    expect(read.encoding).toBe('utf-8');
    expect(read.text.startsWith(plan.slice(0, -3))).toBe(true);
    expect(read.warnings).toEqual(['1 byte sequence is not valid utf-8 and became �.']);
  });

  it('reports bytes a declared table cannot map', () => {
    const broken = new Uint8Array([...encodeText('乌镇', 'gb18030'), 0xff]);
    const read = decodeText(broken, { declared: 'gb18030' });
    expect(read.text).toBe('乌镇\ufffd');
    expect(read.warnings).toEqual(['1 byte sequence is not valid gb18030 and became �.']);
  });
});

describe('normalizeCharset', () => {
  it('maps labels to WHATWG names, GB family to gb18030, unknown to null', () => {
    expect(normalizeCharset(' UTF8 ')).toBe('utf-8');
    expect(normalizeCharset('x-gbk')).toBe('gb18030');
    expect(normalizeCharset('big5-hkscs')).toBe('big5');
    expect(normalizeCharset('nope')).toBeNull();
  });
});
