import { describe, expect, it } from 'vitest';
import type { CleanLine } from './clean-line';
import { classifyLines, type CuratedBlock } from './classify-lines';
import { CuratedLinesNotFoundError } from './corpus-errors';

function lines(...specs: Array<string | Partial<CleanLine>>): CleanLine[] {
  return specs.map((spec, i) => {
    const base: CleanLine = {
      lineNo: i + 1,
      text: '',
      gapBefore: '\n',
      blankLinesBefore: 1,
      afterPageBreak: false,
      trailingSpace: false,
      headingLevel: null,
    };
    return typeof spec === 'string' ? { ...base, text: spec } : { ...base, ...spec };
  });
}

function kinds(input: CleanLine[], curated: CuratedBlock[] = []) {
  return classifyLines(input, curated, 'test.txt').map((line) => [line.kind, line.rule, line.joinsPrevious]);
}

describe('classifyLines', () => {
  it('reads a markdown document (doc 000)', () => {
    const input = lines(
      { text: '加快推进世界互联网产业园建设对策建议', headingLevel: 1 },
      '姜玮',
      '为深入贯彻新发展理念，全面对接长三角一体化发展国家战略，需引起高度重视。',
      { text: '一、加快世界互联网产业园建设的现实意义', headingLevel: 2 },
      { text: '三、当前世界互联网产业园建设的发展现状', headingLevel: 1 },
      { text: '1. 积极引进引智创新平台。', headingLevel: 3 },
    );
    expect(kinds(input)).toEqual([
      ['title', 'markdown-title', false],
      ['byline', 'name-list', false],
      ['paragraph', 'body', false],
      ['heading', 'markdown-heading', false],
      ['heading', 'markdown-heading', false],
      ['heading', 'markdown-heading', false],
    ]);
  });

  it('keeps a sentence cut by a page break together (doc 000 §二(一))', () => {
    const input = lines(
      { text: '加快推进世界互联网产业园建设对策建议', headingLevel: 1 },
      '乌镇作为国家5A级景区、中国十大历史文化名镇，3次入选中国世界文化遗产预备名单，是世界互联网大会永久举办地、',
      { text: '全球知名旅游目的地、乌镇国际戏剧节举办地。', afterPageBreak: true },
    );
    expect(kinds(input).map((k) => k.slice(0, 2))).toEqual([
      ['title', 'markdown-title'],
      ['paragraph', 'body'],
      ['paragraph', 'continuation'],
    ]);
  });

  it('reads newspaper boilerplate as meta and a trailing name list as byline (doc 003)', () => {
    const input = lines(
      '嘉兴:打造“互联网+”高地金名片 为全省“两个先行”贡献更多数字经济力量',
      '2022-07-13 09:59:34 来源: 浙江日报',
      '关注河南热线',
      '一场盛会,让世界目光聚焦嘉兴;一扇窗口,凝聚着中国互联网发展的进程。',
      '从“IP”到“应用”',
      '抢抓“会议红利”',
    );
    const curated: CuratedBlock[] = [{ lines: ['关注河南热线'], kind: 'meta', source: 'site promo' }];
    expect(kinds(input, curated).map((k) => k.slice(0, 2))).toEqual([
      ['title', 'first-line'],
      ['meta', 'source-line'],
      ['meta', 'curated'],
      ['paragraph', 'body'],
      ['heading', 'short-line'],
      ['heading', 'short-line'],
    ]);
  });

  it('finds captions by photo credit and by the blank lines a photo leaves (doc 004)', () => {
    const input = lines(
      { text: '八大攻坚行动 打造万亿级智能物联产业 杭州:高水平重塑全国数字经济第一城', blankLinesBefore: 2 },
      '唐骏珺 金子倩',
      '世界经济格局,正因“数”而变。',
      { text: '杭州钱江新城 姚颖康 摄', blankLinesBefore: 3 },
      { text: '吉利汽车“未来工厂”', blankLinesBefore: 3 },
      '推动产业跃升 打造万亿级智能物联产业生态圈',
      '数字赋能实体经济,杭州是国内的先行者。由阿里云、中控、之江实验室合建的supET工业互联网平台连续四年入围全国工业互联网双跨平台,已服务包括一汽集团、首钢集团、浙江中烟、老板电器等在',
      '内的约10万家工业企业。',
      { text: '海康威视 徐青青 摄', blankLinesBefore: 3 },
    );
    expect(kinds(input).map((k) => k.slice(0, 2))).toEqual([
      ['title', 'first-line'],
      ['byline', 'name-list'],
      ['paragraph', 'body'],
      ['caption', 'photo-credit'],
      ['caption', 'image-gap'],
      ['heading', 'short-line'],
      ['paragraph', 'body'],
      ['paragraph', 'continuation'],
      ['caption', 'photo-credit'],
    ]);
  });

  it('follows the trailing-space convention of a hard-wrapped export (doc 002)', () => {
    const input = lines(
      { text: '关于全域提升乌镇国际化水平的调研与思考', trailingSpace: true },
      { text: '姜玮', trailingSpace: true },
      '近年来，浙江省桐乡市乌镇镇紧紧抓住“一带一路”倡议、长江经济带、长三角区域一体化发展等重大国家决',
      { text: '化、生态和城市品质，全域国际化水平保持了持续上升的良好势头。', trailingSpace: true },
      { text: '（一）领导关怀高位推动', trailingSpace: true },
      '积极吸引国内外大型互联网企业总部或分支机构落户乌镇，建立健全国内外大型会议、论坛、赛事等在乌镇举办的常态化机制。',
      '建设互联网国际科技成果发布中心，常态引入互联网龙头企业和行业协会新品发布活动。',
      { text: '短。', trailingSpace: true },
      { text: '（作者单位：中共桐乡市委）', trailingSpace: true },
    );
    expect(kinds(input).map((k) => k.slice(0, 2))).toEqual([
      ['title', 'first-line'],
      ['byline', 'name-list'],
      ['paragraph', 'body'],
      ['paragraph', 'continuation'],
      ['heading', 'short-line'],
      ['paragraph', 'body'],
      ['paragraph', 'continuation'],
      ['paragraph', 'continuation'],
      ['byline', 'author-unit'],
    ]);
  });

  it('under the trailing-space convention, reads a short unmarked line as the start of a wrapped paragraph (issue 18)', () => {
    // a PDF column is about 37 characters wide: a paragraph's first line can be short and comma-free
    const input = lines(
      { text: '乌镇规划要点', trailingSpace: true },
      { text: '一、区位', trailingSpace: true },
      '沪杭高速铁路桐乡站与乌镇之间有公交快线相连',
      { text: '全程约25分钟。', trailingSpace: true },
      '乌镇大道串联高铁站和会展中心',
      { text: '形成交通骨架。', trailingSpace: true },
    );
    expect(kinds(input).map((k) => k.slice(0, 2))).toEqual([
      ['title', 'first-line'],
      ['heading', 'short-line'],
      ['paragraph', 'body'],
      ['paragraph', 'continuation'],
      ['paragraph', 'body'],
      ['paragraph', 'continuation'],
    ]);
  });

  it('applies curated multi-line blocks, and fails naming the file when one matches nothing', () => {
    const input = lines('标题', '正文。', '全省数字经济创新提质', '“一号发展工程”大会', '推动产业跃升');
    const banner: CuratedBlock = { lines: ['全省数字经济创新提质', '“一号发展工程”大会'], kind: 'meta', source: 'page banner' };
    expect(kinds(input, [banner]).slice(2)).toEqual([
      ['meta', 'curated', false],
      ['meta', 'curated', true],
      ['heading', 'short-line', false],
    ]);
    expect(() => classifyLines(input, [{ ...banner, lines: ['不存在的一行'] }], '004_x.txt')).toThrow(CuratedLinesNotFoundError);
    expect(() => classifyLines(input, [{ ...banner, lines: ['不存在的一行'] }], '004_x.txt')).toThrow(/004_x\.txt/);
  });

  it('does not take a short line of clauses for a heading, but allows a numbered heading', () => {
    const input = lines('标题', '正文。', '（一）领导关怀高位推动', '一、乌镇全域提升国际化水平的特色优势', '浙江中烟、老板电器等在');
    expect(kinds(input).map((k) => k.slice(0, 2)).slice(2)).toEqual([
      ['heading', 'short-line'],
      ['heading', 'short-line'],
      ['paragraph', 'body'],
    ]);
  });

  it('does not take a long first sentence for a title, nor a name after the body for a byline', () => {
    const input = lines('乌镇,刚好符合这些条件。', '姜玮');
    expect(kinds(input).map((k) => k.slice(0, 2))).toEqual([
      ['paragraph', 'body'],
      ['heading', 'short-line'],
    ]);
  });

  it('returns nothing for no lines', () => {
    expect(classifyLines([], [], 'empty.txt')).toEqual([]);
  });
});
