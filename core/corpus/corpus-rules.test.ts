/**
 * Rules that hold for every passage of the corpus, and the repairs issue #4 asked for, checked on
 * the real text. A rule failing names the passage.
 */
import { describe, expect, it } from 'vitest';
import { PASSAGE_KINDS, type AtlasDocument, type Passage } from '../../types/atlas';
import { isCjk } from './cjk-characters';
import { fixtureCorpus, READING_KINDS, realCorpus } from './test/fixtures';

const PINYIN_ANNOTATION = /\p{Script=Han}[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/u;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u;
/** three doubled Han characters in a row, or doubled clause punctuation: OCR doubling */
const OCR_DOUBLING = /(\p{Script=Han})\1(\p{Script=Han})\2(\p{Script=Han})\3|([，。、；：！？])\4/u;

function passages(documents: readonly AtlasDocument[]): Passage[] {
  return documents.flatMap((document) => document.passages);
}

function outsideDamage(passage: Passage): string {
  let text = passage.text;
  for (const span of [...passage.damaged].reverse()) text = text.slice(0, span.start) + text.slice(span.end);
  return text;
}

function spaceBetweenCjk(text: string): boolean {
  return [...text.matchAll(/\s+/gu)].some((match) => isCjk(text[match.index - 1]) && isCjk(text[match.index + match[0].length]));
}

describe.each([
  ['real corpus', realCorpus],
  ['issue-4 fixtures', fixtureCorpus],
])('rules over every passage of the %s', (_name, corpus) => {
  const all = () => passages(corpus().documents);
  const reading = () => all().filter((passage) => READING_KINDS.includes(passage.kind));

  it('reading text carries no markup, pinyin or OCR doubling', () => {
    for (const passage of reading()) {
      const where = `${passage.id}: ${passage.text}`;
      expect(passage.text, where).not.toMatch(PINYIN_ANNOTATION);
      expect(passage.text, where).not.toContain('---');
      expect(passage.text, where).not.toMatch(/<\/?[a-z]+[^>]*>/i);
      expect(passage.text, where).not.toMatch(/^#|\s#/);
      expect(passage.text, where).not.toMatch(OCR_DOUBLING);
    }
  });

  it('no passage keeps pinyin outside a damaged span', () => {
    for (const passage of all()) expect(outsideDamage(passage), passage.id).not.toMatch(TONE_MARK);
  });

  it('no passage text is empty, padded or multi-line; no running text is spaced between CJK characters', () => {
    for (const passage of all()) {
      expect(passage.text.length, passage.id).toBeGreaterThan(0);
      expect(passage.text, passage.id).toBe(passage.text.trim());
      expect(passage.text, passage.id).not.toMatch(/[\r\n]/);
      if (passage.kind === 'paragraph') expect(spaceBetweenCjk(passage.text), `${passage.id}: ${passage.text}`).toBe(false);
      // headlines, captions and bylines keep their layout gap, but as one space at most
      expect(passage.text, passage.id).not.toMatch(/[\p{Script=Han}]\s{2,}[\p{Script=Han}]/u);
    }
  });

  it('passages are well-formed: ids from document and position, known kind, no mentions yet', () => {
    for (const document of corpus().documents) {
      expect(document.passageCount).toBe(document.passages.length);
      document.passages.forEach((passage, index) => {
        expect(passage.id).toBe(`${document.id}-p${String(index).padStart(3, '0')}`);
        expect(passage.index).toBe(index);
        expect(passage.documentId).toBe(document.id);
        expect(PASSAGE_KINDS).toContain(passage.kind);
        expect(passage.mentions).toEqual([]);
      });
    }
  });

  it('damaged ranges lie inside their text, in order, each around a lost character', () => {
    for (const passage of all()) {
      let previousEnd = 0;
      for (const span of passage.damaged) {
        expect(span.start, passage.id).toBeGreaterThanOrEqual(previousEnd);
        expect(span.end, passage.id).toBeGreaterThan(span.start);
        expect(span.end, passage.id).toBeLessThanOrEqual(passage.text.length);
        expect(passage.text.slice(span.start, span.end), passage.id).toMatch(/[?\ufffd]/);
        expect(span.reason, passage.id).toBeTruthy();
        previousEnd = span.end;
      }
    }
  });

  it('every document has a descriptor the contract can serve', () => {
    for (const document of corpus().documents) {
      expect(document.id).toMatch(/^doc-\d{3}$/);
      expect(document.language).toBe('zh');
      expect(['Hans', 'Hant']).toContain(document.script);
      expect(document.date === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(document.date)).toBe(true);
      expect(document.title.length).toBeGreaterThan(0);
    }
  });
});

describe('the repairs issue #4 asked for, on the real text', () => {
  const byId = () => new Map(realCorpus().documents.map((document) => [document.id, document]));
  const passage = (documentId: string, includes: string) => {
    const found = byId().get(documentId)?.passages.find((p) => p.text.includes(includes));
    if (!found) throw new Error(`${documentId} has no passage containing ${includes}`);
    return found;
  };

  it('describes the five documents', () => {
    expect(
      realCorpus().documents.map(({ id, authors, publisher, date, script, passageCount }) => ({ id, authors, publisher, date, script, passageCount })),
    ).toEqual([
      { id: 'doc-000', authors: ['姜玮'], publisher: null, date: null, script: 'Hans', passageCount: 66 },
      { id: 'doc-001', authors: ['桐鄉市經信局'], publisher: null, date: '2021', script: 'Hant', passageCount: 23 },
      { id: 'doc-002', authors: ['姜玮'], publisher: null, date: '2019', script: 'Hans', passageCount: 33 },
      { id: 'doc-003', authors: ['黄丽丽', '沈林中', '刘丽佳'], publisher: '浙江日报', date: '2022-07-13', script: 'Hans', passageCount: 45 },
      { id: 'doc-004', authors: ['唐骏珺', '金子倩'], publisher: null, date: '2023', script: 'Hans', passageCount: 42 },
    ]);
  });

  it('doc 000: collapses OCR doubling, mends the page-broken sentences, keeps m²', () => {
    expect(passage('doc-000', '加强政府主导，制定科学可行').kind).toBe('paragraph');
    expect(passage('doc-000', '是世界互联网大会永久举办地、全球知名旅游目的地、乌镇国际戏剧节举办地。').kind).toBe('paragraph');
    expect(passage('doc-000', '建立智能驾驶、数字交通基础设施、智能汽车网联安全的“中国技术标准和规范”。').kind).toBe('paragraph');
    expect(passage('doc-000', '建设面积1200m²的全球路演中心').kind).toBe('paragraph');
    expect(passage('doc-000', '百亿亿次（E级）').kind).toBe('paragraph'); // a real 亿亿 stays
    expect(byId().get('doc-000')?.passages[0]).toMatchObject({ kind: 'title', text: '加快推进世界互联网产业园建设对策建议' });
  });

  it('doc 001: strips pinyin, flags the five corrupt stretches, not the real question mark', () => {
    const damaged = byId()
      .get('doc-001')
      ?.passages.flatMap((p) => p.damaged.map((span) => p.text.slice(span.start, span.end)));
    expect(damaged).toEqual(['?qū)<艺髑?', '?;ヂ?lián)', '?!皝磉^', '??抵锹?lián)', '?!盀蹑?zhèn)']);
    expect(passage('doc-001', '為什么選擇烏鎮?這其中').damaged).toEqual([]);
    expect(passage('doc-001', '國家互聯網信息辦公室(以下簡稱“國家網信辦”)').kind).toBe('paragraph');
    expect(passage('doc-001', '企業CIO(首席信息官)').kind).toBe('paragraph');
    expect(byId().get('doc-001')?.passages.slice(0, 2).map((p) => [p.kind, p.text])).toEqual([
      ['byline', '桐鄉市經信局'],
      ['title', '桐鄉,這一承接世界互聯網大會烏鎮峰會紅利釋放和產業落地的江南水鄉,儼然已經成為當代數字經濟發展的一方熱土'],
    ]);
  });

  it('doc 002: joins hard wraps without spaces and drops stray spaces around numbers', () => {
    expect(passage('doc-002', '在2016年第二届世界互联网大会').kind).toBe('paragraph');
    expect(passage('doc-002', '更把世界互联网大会这个国家级外交平台').kind).toBe('paragraph');
    expect(passage('doc-002', '车程均在2小时以内。').kind).toBe('paragraph');
    expect(passage('doc-002', '建立健全国内外大型会议、论坛、赛事等在乌镇举办的常态化机制。建设互联网国际科技成果发布中心').kind).toBe('paragraph');
    expect(passage('doc-002', '（作者单位：中共桐乡市委）').kind).toBe('byline');
  });

  it('doc 003: sets boilerplate and the reporters apart', () => {
    expect(passage('doc-003', '关注河南热线')).toMatchObject({ kind: 'meta', text: '关注河南热线' });
    expect(passage('doc-003', '来源: 浙江日报')).toMatchObject({ kind: 'meta', text: '2022-07-13 09:59:34 来源: 浙江日报' });
    expect(byId().get('doc-003')?.passages.at(-1)).toMatchObject({ kind: 'byline', text: '黄丽丽 沈林中 刘丽佳' });
    expect(passage('doc-003', '贡献更多数字经济力量。').text.endsWith('贡献更多数字经济力量。')).toBe(true);
  });

  it('doc 004: finds the captions and the page banner, and rejoins 等在内的', () => {
    const document = byId().get('doc-004');
    expect(document?.passages.filter((p) => p.kind === 'caption').map((p) => p.text)).toEqual([
      '杭州钱江新城 姚颖康 摄',
      '吉利汽车“未来工厂”',
      '文三数字生活街区',
      '海康威视 徐青青 摄',
      '2022年云栖大会',
      '杭州城西科创大走廊',
    ]);
    expect(passage('doc-004', '全省数字经济创新提质“一号发展工程”大会')).toMatchObject({ kind: 'meta' });
    expect(passage('doc-004', '老板电器等在内的约10万家工业企业。').kind).toBe('paragraph');
    expect(document?.passages[1]).toMatchObject({ kind: 'byline', text: '唐骏珺 金子倩' });
  });
});
