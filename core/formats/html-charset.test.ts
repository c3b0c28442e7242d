import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { declaredHtmlCharset } from './html-charset';

const bytes = (html: string, encoding = 'utf-8') => new Uint8Array(iconv.encode(html, encoding));

describe('declaredHtmlCharset', () => {
  it('finds <meta charset> and the http-equiv form, in any ASCII-compatible encoding', () => {
    expect(declaredHtmlCharset(bytes('<html><head><meta charset="gbk"><title>乌镇</title>', 'gbk'))).toBe('gbk');
    expect(
      declaredHtmlCharset(bytes('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=big5"><p>烏鎮</p>', 'big5')),
    ).toBe('big5');
  });

  it('is null without a declaration, and ignores one far down the page', () => {
    expect(declaredHtmlCharset(bytes('<p>乌镇</p>'))).toBeNull();
    expect(declaredHtmlCharset(bytes(`<p>${'x'.repeat(5000)}</p><meta charset="big5">`))).toBeNull();
  });

  it('does not take a charset from script or comment text', () => {
    expect(declaredHtmlCharset(bytes('<script>var s = "<meta charset=big5>";</script><!-- <meta charset=gbk> -->'))).toBeNull();
  });
});
