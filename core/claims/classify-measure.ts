/**
 * What a figure measures, read from the words just before it: money after 投资 is investment,
 * after 产值/规模 output, after 增加值 value added; a percentage after 占/比重 is a share,
 * after 增长/增速 growth. And `what`: the noun the figure counts or describes, as written.
 */
import type { ClaimMeasure } from '../../types/atlas';
import type { UnitFamily } from './normalise-unit';

/** Words between a noun and its figure that belong to neither (总投资共计248亿元 → 总投资). */
const LINKING_WORDS = /(?:共计|共|合计|达到|达|为|有|突破|实现|超过|超|约为|约|将近|近|从|增长到|增加到|增长了|增长|增加到|提高|提升|减少|完成|将超|将|又|已|均|都|这)+$/;
/** Punctuation and quote marks that bound a noun phrase. */
const PHRASE_BOUNDARY = /[,，、:：;；。!?！？()（）《》]/;

export interface Classification {
  measure: ClaimMeasure;
  /** -1 when the words say the figure is a fall (减少50%) */
  sign: 1 | -1;
}

export function classifyMeasure(family: UnitFamily, wordsBefore: string): Classification {
  switch (family) {
    case 'area':
      return { measure: 'area', sign: 1 };
    case 'money':
      if (/投资|投入/.test(wordsBefore)) return { measure: 'investment', sign: 1 };
      if (/增加值/.test(wordsBefore)) return { measure: 'value_added', sign: 1 };
      if (/产值|规模|营收|收入|交易额|产业/.test(wordsBefore)) return { measure: 'output', sign: 1 };
      return { measure: 'money', sign: 1 };
    case 'percent':
      if (/占|比重|比例/.test(wordsBefore)) return { measure: 'share', sign: 1 };
      if (/减少|下降|降低/.test(lastWords(wordsBefore))) return { measure: 'growth', sign: -1 };
      if (/增长|增速|提高|提升|增加|上涨/.test(wordsBefore)) return { measure: 'growth', sign: 1 };
      return { measure: 'percentage', sign: 1 };
    case 'bandwidth':
      return { measure: 'bandwidth', sign: 1 };
    case 'computing':
      return { measure: 'computing', sign: 1 };
    case 'multiple':
      return { measure: 'multiple', sign: 1 };
    case 'duration':
      return { measure: 'duration', sign: 1 };
    case 'count':
      return { measure: 'count', sign: 1 };
  }
}

/** The phrase a figure follows, within its comma clause: 目前已签约项目共 → 目前已签约项目. */
export function phraseBefore(text: string, from: number, at: number): string {
  let start = at;
  while (start > from && !PHRASE_BOUNDARY.test(text[start - 1])) start -= 1;
  return clean(text.slice(start, at)).replace(LINKING_WORDS, '');
}

/** The phrase right after a classifier (三大平台 → 平台; 26条万兆级光缆接入 → 万兆级光缆接入). */
export function phraseAfter(text: string, at: number, to: number, max = 12): string {
  let end = at;
  while (end < to && end - at < max + 2 && !PHRASE_BOUNDARY.test(text[end]) && !/\d/.test(text[end])) end += 1;
  return clean(text.slice(at, end)).slice(0, max);
}

/** Nouns a count is commonly of, most specific first: the `what` two documents' counts are compared by. */
const COUNTED_NOUNS = [
  '世界互联网大会', '院士', '大学生', '游客', '会议团队', '5g基站', '基站', '签约项目', '备案项目', '改造项目', '体验项目', '项目',
  '平台企业', '工业企业', '企业', '产业园中园', '园区', '功能区', '数字经济主平台', '监管平台', '平台', '主体', '光缆', 'wifi点位', '工业机器人', '实验室',
  '智能工厂', '未来工厂', '未来农场', '电站', '国家', '设备', '场景', '条件', '攻坚行动', '产业', '装置',
];

/** The counted noun a phrase names, as the text writes it (5G基站, not 5g基站), or null. */
export function countedNoun(phrase: string): string | null {
  const lower = phrase.toLowerCase();
  for (const noun of COUNTED_NOUNS) {
    const at = lower.indexOf(noun);
    if (at >= 0) return phrase.slice(at, at + noun.length);
  }
  return null;
}

function clean(phrase: string): string {
  return phrase.replace(/[“”"'‘’\s]/g, '');
}

function lastWords(phrase: string): string {
  return phrase.slice(-6);
}

/** Shortens a phrase for display, keeping its end, where the noun is (目前已签约项目 → 已签约项目). */
export function shorten(phrase: string, max = 10): string | null {
  if (phrase === '') return null;
  return phrase.length > max ? phrase.slice(-max) : phrase;
}
