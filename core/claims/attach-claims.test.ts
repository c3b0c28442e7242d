/**
 * Attachment: each rule on a hand-made passage, then over the real corpus — every attached claim's
 * place is named in its passage (or a reviewed correction says why), and the traps found while
 * reviewing stay shut.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../types/atlas';
import { passage, documentOf } from '../testing/fixtures';
import { testStore } from '../testing/test-store';
import { attachClaims } from './attach-claims';
import { extractClaims } from './extract-claims';
import { claimAt, realClaims } from './test/real-claims';

const LAYERS: Record<string, string> = { city: 'admin', town: 'admin' };
const layerOf = (id: string) => LAYERS[id] ?? 'parks';

/** Attach the claims of one hand-made passage whose names are mentions: text → place (or null). */
function attached(text: string, places: Record<string, string>): Record<string, string | null | (string | null)[]> {
  const mentions: Mention[] = [];
  for (const [name, featureId] of Object.entries(places)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) mentions.push({ start: at, end: at + name.length, featureId });
  }
  mentions.sort((a, b) => a.start - b.start);
  const doc = documentOf([{ ...passage('doc-t-p000', text), mentions }]);
  doc.date = '2022';
  const { claims, structures } = extractClaims(doc, (id) => layerOf(id) !== 'admin');
  const out: Record<string, string | null | (string | null)[]> = {};
  for (const claim of attachClaims(claims, (id) => structures.get(id)!, layerOf)) {
    // one claim per place of a list: the text maps to all of them
    const previous = out[claim.text];
    out[claim.text] = previous === undefined ? claim.featureId : [previous, claim.featureId].flat();
  }
  return out;
}

describe('attachClaims rules', () => {
  it('takes the nearest place before the figure in its clause', () => {
    expect(attached('桐乡市已开通5G基站1305个,市区已覆盖。', { 桐乡市: 'city' })).toEqual({ '1305个': 'city' });
  });

  it('takes the place before 占 for a share, not the one after it', () => {
    expect(attached('搭建了集聚区主平台,占整个桐乡市域面积的17%。', { 集聚区: 'cluster', 桐乡: 'city' })).toEqual({ '17%': 'cluster' });
  });

  it('puts a first on the place named after it, skipping a place used as scope', () => {
    expect(attached('建成全省首批、嘉兴唯一“浙江院士之家”,受聘院士30名。', { 嘉兴: 'city', 浙江院士之家: 'home' })).toMatchObject({ 全省首批: 'home', '30名': 'home' });
  });

  it('puts money spent on building a place on that place', () => {
    expect(attached('与研究院合作,投入12亿元启动建设乌镇实验室。', { 研究院: 'inst', 乌镇实验室: 'lab' })).toMatchObject({ '12亿元': 'lab' });
  });

  it('gives a duration to each place of a list, a count to none', () => {
    expect(attached('距萧山机场、浦东机场车程均在2小时以内。', { 萧山机场: 'a', 浦东机场: 'b' })).toEqual({ '2小时以内': ['a', 'b'] });
    expect(attached('建设智芯、智擎、智驾三大产业园中园。', { 智芯: 'x', 智擎: 'y', 智驾: 'z' })).toEqual({ 三大: null });
  });

  it('takes 全市 for the city the passage named, but not after 特别是', () => {
    expect(attached('桐乡市已开通基站。全市带宽达1380G,特别是镇区,已拥有26条光缆。', { 桐乡市: 'city' })).toEqual({ '1380G': 'city', '26条': null });
  });

  it('takes the only place of the clause after the figure when it is close', () => {
    expect(attached('在毗邻地区划定60平方公里左右范围，打造合作先行区。', { 合作先行区: 'zone' })).toEqual({ '60平方公里左右': 'zone' });
    expect(attached('2018年全国网信工作会议上，总书记指出要办好世界互联网大会，对乌镇峰会提出了新要求。', { 乌镇峰会: 'venue' })).toEqual({ '2018年': null });
  });

  it('gives a city passage\'s placeless figures to the city, but not a company\'s streak', () => {
    expect(attached('产业集群化使嘉兴数字经济向好。去年,智能终端产业产值超400亿元;某公司连续三年入围。', { 嘉兴: 'city' })).toEqual({
      去年: 'city',
      超400亿元: 'city',
      三年: null,
    });
  });

  it('leaves a figure unattached when no place is named', () => {
    expect(attached('全镇共有5400多个免费开放的WIFI点位。', {})).toEqual({ '5400多个': null });
  });
});

describe('attachClaims over the corpus', () => {
  it('attaches a claim only to a place its passage names, unless a reviewed correction says why', () => {
    const store = testStore();
    for (const claim of realClaims().claims) {
      if (claim.featureId === null) continue;
      if (claim.source === 'corrected') {
        expect(claim.correction?.length, claim.id).toBeGreaterThan(20);
        continue;
      }
      const passage = store.passageById.get(claim.passageId)!;
      expect(passage.mentions.map((m) => m.featureId), claim.id).toContain(claim.featureId);
      expect(store.featureById.has(claim.featureId), claim.id).toBe(true);
    }
  });

  it.each([
    ['doc-000-p015', '30名', 'wuzhen-academicians-home'],
    ['doc-001-p015', '46名', 'wuzhen-academicians-home'],
    ['doc-000-p010', '60平方公里左右', 'jiahu-cooperation-zone'],
    ['doc-001-p015', '12億元', 'wuzhen-laboratory'],
    ['doc-001-p014', '17%', 'wuzhen-avenue-cluster'],
    ['doc-001-p013', '2020年11月', 'wuzhen-light'],
    ['doc-001-p013', '浙江省首個', 'wuzhen-light'],
    ['doc-003-p039', '建成运行', 'wuzhen-light'],
    ['doc-001-p021', '正式建成投用', 'wuzhen-light'],
    ['doc-003-p037', '全省第七', 'nanhu-district'],
    ['doc-000-p033', '1200m²', 'global-roadshow-centre'],
    ['doc-002-p008', '五届', 'wuzhen-town'],
    ['doc-003-p019', '超过1.8万座', 'xiuzhou-district'],
    ['doc-004-p037', '第14位', 'hangzhou'],
    ['doc-000-p029', '248亿元', 'world-internet-industrial-park'],
  ])('%s %s is about %s', (passageId, text, featureId) => {
    expect(claimAt(passageId, text).map((c) => c.featureId)).toContain(featureId);
  });

  it.each([
    ['doc-000-p028', '三大', 'zhijia-park', 'the last of the three park-in-parks listed'],
    ['doc-001-p014', '4個', 'wuzhen-avenue', 'the road the four units lie along'],
    ['doc-001-p021', '26條', 'tongxiang', 'the city, though the cables reach Wuzhen town (特别是)'],
    ['doc-002-p006', '2018年', 'wic-venue', 'the summit named far later in the sentence'],
    ['doc-004-p030', '约10万家', 'zhejiang-lab', 'a builder of the platform that serves the firms'],
    ['doc-004-p030', '四年', 'zhejiang-lab', 'a builder of the platform'],
    ['doc-004-p037', '10家', 'hangzhou', 'the city seven of the ten labs are in'],
    ['doc-003-p040', '50%', 'jiaxing', 'the city named only as a scope (嘉兴首个)'],
    ['doc-002-p022', '两大', 'wuzhen-big-data-park', 'one of the two platforms'],
  ])('%s %s is not put on %s (%s)', (passageId, text, featureId) => {
    const found = claimAt(passageId, text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((c) => c.featureId)).not.toContain(featureId);
  });

  it('gives a list of places a shared date and status each (沪乍杭、沪杭城际…“十四五”内)', () => {
    expect(claimAt('doc-002-p031', '“十四五”内').map((c) => c.featureId).sort()).toEqual(['shanghai-hangzhou-intercity', 'shanghai-zhapu-hangzhou-railway']);
  });
});
