/**
 * Finds place-like noun phrases in a passage: a head word that places end in (园, 区, 实验室,
 * 高速, 湖, 总部, 工厂 …) with the words before it back to a sensible left boundary (punctuation,
 * a function word, a verb that introduces an object). The linker uses them to refuse a name that
 * is only the start of a longer term (嘉兴 in 嘉兴科技城 when that were not a place); the audit uses
 * them, and the city names below, to show place-like strings that link to nothing. Works on the
 * search form of a text (Simplified).
 */
import type { TextRange } from '../../types/atlas';

export const PLACE_TERM_RULES = {
  /** head words a place name ends in, longest tried first */
  suffixes: [
    '高速公路', '实验室', '研究院', '综合体', '孵化器', '小镇', '街区', '社区', '街道', '中心', '高速', '铁路', '高铁',
    '机场', '互通', '基地', '走廊', '大道', '广场', '大学', '医院', '总部', '工厂', '园', '区', '城', '镇', '村', '站',
    '港', '谷', '馆', '线', '湖',
  ],
  /** a head word followed by one of these characters is part of a longer ordinary word (区域, 城市, 站上, 线上) */
  notAnEndBefore: {
    区: '域位块别分间生划', 城: '市乡镇际', 站: '上在稳点', 线: '上下路索条性', 港: '澳', 园: '林艺丁', 馆: '藏长', 镇: '长',
    村: '民', 中心: '城', 大学: '生', 湖: '州南北', 总部: '型',
  } as Record<string, string>,
  /** ordinary words that end in a head word but name no place (基站, 路线, 互联互通) */
  notPlaceWords: ['基站', '网站', '全线', '路线', '热线', '网线', '曲线', '上线', '产品线', '生产线', '互联互通', '外部互通', '内部互通', '进镇'],
  /** single characters that end a left context: particles, prepositions, conjunctions */
  functionCharacters: '的在与和及为是将把对向从于以由到了等也都已并或其该各这此被让使给就还又再即而但如若每有内个距',
  /** words that introduce the place as their object and so end a left context */
  leadingWords: [
    '建设', '打造', '推进', '加快', '依托', '位于', '成立', '落户', '引进', '建成', '创建', '争创', '围绕', '包括', '结合',
    '推动', '实现', '入选', '获得', '成为', '设立', '建立', '搭建', '形成', '聚焦', '覆盖', '拥有', '启动', '开通', '汇聚',
    '融入', '培育', '探索', '作为', '面向', '走进', '通过', '借助', '承接', '建有', '率先', '目前', '其中', '同时', '此外',
    '以及', '优先', '全力', '着力', '加强', '开展', '完善', '提升', '布局', '深化', '授牌', '首批', '唯一', '规划', '编制',
    '当前', '包含', '涵盖', '兼任', '负责', '调整', '统筹', '拓展', '提高', '保障', '构建', '明确', '根据', '吸引', '申请',
    '选择', '稳居', '重塑', '提出', '不像', '争取', '导致', '指导', '扩大', '增强', '带领', '立足', '引导', '事关', '齐聚',
    '视察', '重视', '亲临', '打通', '环绕', '落地', '利用', '使得', '推出', '进入', '升级', '纳入',
    // a number and its measure word: 一汪湘湖水, 一座新城
    '一汪', '一座', '一片', '一条', '一个',
  ],
  /** the longest term considered, head word included */
  maxLength: 16,
  /** a term needs at least this many characters before its head word (全镇, 园区 alone are no names) */
  minNameLength: 2,
  /** head words whose names are often one character: lakes (湘湖, 太湖) */
  minNameLengthOf: { 湖: 1 } as Record<string, number>,
  /**
   * cities named bare, without a head word (上海, 苏州): the prefecture-level cities of the Yangtze
   * River Delta (Shanghai, Jiangsu, Zhejiang, Anhui) and China's other largest cities, as the
   * administrative divisions list them, without 市
   */
  cityNames: [
    '上海', '南京', '无锡', '徐州', '常州', '苏州', '南通', '连云港', '淮安', '盐城', '扬州', '镇江', '泰州', '宿迁',
    '杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '衢州', '舟山', '台州', '丽水',
    '合肥', '芜湖', '蚌埠', '淮南', '马鞍山', '淮北', '铜陵', '安庆', '黄山', '滁州', '阜阳', '宿州', '六安', '亳州', '池州', '宣城',
    '北京', '天津', '重庆', '广州', '深圳', '武汉', '成都', '西安', '青岛', '厦门', '大连', '沈阳', '长沙', '郑州', '济南', '福州',
  ],
};

const OPEN_QUOTES = '“‘「『《';
const CLOSE_QUOTES = '”’」』》';
// the middle dot joins the parts of one name (微医·唐桥云总部)
const WORD_CHAR = /[\p{Script=Han}a-z0-9+·]/u;

export interface PlaceLikeTerm extends TextRange {
  /** where the head word starts */
  headStart: number;
}

const suffixesByLastChar = new Map<string, string[]>();
for (const suffix of [...PLACE_TERM_RULES.suffixes].sort((a, b) => b.length - a.length)) {
  const last = suffix[suffix.length - 1];
  suffixesByLastChar.set(last, [...(suffixesByLastChar.get(last) ?? []), suffix]);
}
const suffixFirstChars = new Set(PLACE_TERM_RULES.suffixes.map((s) => s[0]));
const functionCharacters = new Set(PLACE_TERM_RULES.functionCharacters);
const leadingWords = new Set(PLACE_TERM_RULES.leadingWords);
const notPlaceWords = PLACE_TERM_RULES.notPlaceWords;

/** Every maximal place-like term in a search-form text, in order. */
export function findPlaceLikeTerms(comparable: string): PlaceLikeTerm[] {
  const terms: PlaceLikeTerm[] = [];
  for (let end = 1; end <= comparable.length; end += 1) {
    const suffix = suffixEndingAt(comparable, end);
    if (!suffix) continue;
    const next = comparable[end];
    // 园区, 中心区: the term goes on to the next head word.
    if (next !== undefined && suffixFirstChars.has(next) && PLACE_TERM_RULES.suffixes.some((s) => comparable.startsWith(s, end))) continue;
    if (next !== undefined && PLACE_TERM_RULES.notAnEndBefore[suffix]?.includes(next)) continue;
    if (notPlaceWords.some((word) => comparable.startsWith(word, end - word.length))) continue;
    const headStart = end - suffix.length;
    const start = leftBoundary(comparable, headStart, end);
    if (headStart - start < (PLACE_TERM_RULES.minNameLengthOf[suffix] ?? PLACE_TERM_RULES.minNameLength)) continue;
    terms.push({ start, end, headStart });
  }
  // Keep only maximal terms: 三大产业园 inside 三大产业园中园.
  return terms.filter((term) => !terms.some((other) => other !== term && other.start <= term.start && other.end >= term.end));
}

/**
 * Bare city names (上海、杭州、苏州) that no place-like term already holds (上海 in 上海浦东机场 is the
 * airport's), for the audit; the linker does not use them.
 */
export function findCityNames(comparable: string, terms: PlaceLikeTerm[] = findPlaceLikeTerms(comparable)): PlaceLikeTerm[] {
  const found: PlaceLikeTerm[] = [];
  for (const city of PLACE_TERM_RULES.cityNames) {
    for (let at = comparable.indexOf(city); at >= 0; at = comparable.indexOf(city, at + 1)) {
      const end = at + city.length;
      if (!terms.some((term) => term.start <= at && term.end >= end)) found.push({ start: at, end, headStart: at });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The longest head word ending at `end`. */
function suffixEndingAt(text: string, end: number): string | undefined {
  return suffixesByLastChar.get(text[end - 1])?.find((suffix) => text.startsWith(suffix, end - suffix.length));
}

function leftBoundary(text: string, headStart: number, end: number): number {
  let start = headStart;
  while (start > 0 && end - start < PLACE_TERM_RULES.maxLength) {
    const ch = text[start - 1];
    if (CLOSE_QUOTES.includes(ch)) {
      // A quoted name right before the head word: “乌镇之光”超算中心, 创“芯”谷.
      const open = lastIndexOfAny(text, OPEN_QUOTES, start - 2);
      if (open < 0 || end - open > PLACE_TERM_RULES.maxLength) break;
      start = open;
      continue;
    }
    if (!WORD_CHAR.test(ch) || functionCharacters.has(ch)) break;
    if (start >= 2 && leadingWords.has(text.slice(start - 2, start))) break;
    start -= 1;
  }
  return start;
}

function lastIndexOfAny(text: string, chars: string, from: number): number {
  for (let i = from; i >= 0; i -= 1) if (chars.includes(text[i])) return i;
  return -1;
}
