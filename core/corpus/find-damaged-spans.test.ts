import { describe, expect, it } from 'vitest';
import { findDamagedSpans, rareCharacters } from './find-damaged-spans';

/** Spans as the text they cover, with a context in which every character of `common` is frequent. */
function damaged(text: string, rare = ''): string[] {
  const spans = findDamagedSpans(text, { rareCharacters: new Set(Array.from(rare)) });
  return spans.map((span) => text.slice(span.start, span.end));
}

describe('findDamagedSpans on the corrupt stretches of doc 001', () => {
  it('flags lost characters with the pinyin remnant and mojibake around them', () => {
    expect(damaged('國家網信辦”)在向?qū)<艺髑?014年工作要點意見時', '艺髑向')).toEqual(['?qū)<艺髑?']);
    expect(damaged('滿足游客一鍵定制的需求?;ヂ?lián)網基因、智慧元素')).toEqual(['?;ヂ?lián)']);
    expect(damaged('首屆世界互聯網大會在烏鎮舉行?!皝磉^,便不曾離開”', '皝磉')).toEqual(['?!皝磉^']);
    expect(damaged('以合眾汽車、福瑞泰克、??抵锹?lián)等企業為牽引', '抵锹')).toEqual(['??抵锹?lián)']);
    expect(damaged('已呈現跨區域、跨行業綜合性發展趨勢?!盀蹑?zhèn)之光”超算中心', '盀蹑')).toEqual(['?!盀蹑?zhèn)']);
  });

  it('leaves out a rare character that mojibake does not close in (向 before ?qū)…)', () => {
    expect(damaged('在向?qū)<', '向在')).toEqual(['?qū)<']);
    expect(damaged('乌镇舉行?!皝磉', '皝磉')).toEqual(['?!']);
  });

  it('keeps a span whole when a mojibake character happens to be common elsewhere', () => {
    // 抵 is not rare here; the two ? around it still make one span
    expect(damaged('福瑞泰克、??抵锹?lián)等企業', '锹')).toEqual(['??抵锹?lián)']);
  });

  it('does not flag a real question mark', () => {
    expect(damaged('看似位處兩極的現代靈氣和古代韻味在桐鄉烏鎮得到了完美結合。為什么選擇烏鎮?這其中的緣由要從2014年說起。')).toEqual([]);
    expect(damaged('对嘉兴来说,一次世界级的会议意味着什么?如何在承办好世界互联网大会的同时,实现跨越发展?')).toEqual([]);
    expect(damaged('他问:“为什么?”')).toEqual([]);
    expect(damaged('Why?')).toEqual([]);
  });

  it('flags the replacement character and doubled question marks anywhere', () => {
    expect(damaged('乌镇\ufffd\ufffd峰会')).toEqual(['\ufffd\ufffd']);
    expect(damaged('什么??')).toEqual(['??']);
  });

  it('gives each span a reason and UTF-16 offsets into the text', () => {
    const text = '需求?;ヂ?lián)網';
    expect(findDamagedSpans(text, { rareCharacters: new Set() })).toEqual([
      { start: 2, end: 11, reason: 'lost characters (?), mojibake, pinyin left without its character' },
    ]);
    const astral = '𠀀𠀀?!x';
    const [span] = findDamagedSpans(astral, { rareCharacters: new Set() });
    expect(astral.slice(span?.start, span?.end)).toBe('?!');
  });

  it('finds nothing in empty or clean text', () => {
    expect(damaged('')).toEqual([]);
    expect(damaged('桐鄉市經信局')).toEqual([]);
  });
});

describe('rareCharacters', () => {
  it('collects Han characters seen exactly once across texts', () => {
    expect([...rareCharacters(['乌镇乌', '镇皝', '?!'])]).toEqual(['皝']);
  });
});
