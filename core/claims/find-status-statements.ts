/**
 * Lifecycle statements about a named place: “乌镇之光”超算中心建成运行 (existing),
 * 启动建设乌镇实验室 (under construction), 编制…建设规划 and …前期工作 (planned),
 * 探索建立乌镇互联网大学 (proposed), 湖嘉杭绍线的研究 (study). Only wordings that say the
 * status outright count: a bare 建设 or 打造 may be a plan or a fact, and is left alone.
 */
import type { Mention, Status } from '../../types/atlas';
import type { ClaimDraft } from './claim-draft';
import { inside, rangeAt, type PassageStructure } from './passage-structure';

/** Stands for one character of a mentioned place in the masked text. */
const PLACE = '\uE000';
/**
 * One place, or several in a list: 智能计算产业基地、智慧视觉物联小镇. Places named back to back
 * (杭州萧山机场站|枢纽及接线工程) are one run of PLACE already, so the list needs a separator —
 * and must, or `PLACE+(PLACE+)*` backtracks without end.
 */
const PLACES = String.raw`${PLACE}+(?:[”"]?(?:、|和|及|与)[“"]?${PLACE}+)*`;
const GAP = (max: number, commas = false) => `[^。;!?${commas ? '' : ',，'}${PLACE}]{0,${max}}?`;
const HEDGED = /预计|力争|计划|争取|目标|将/;

interface StatusRule {
  status: Status;
  pattern: RegExp;
  /** the wording must not be hedged (预计到2035年全面建成 is not "existing") */
  unhedged?: boolean;
  /** the claim is the whole wording (加快…等创新平台建设), not just its verb */
  wholeMatch?: boolean;
}

const RULES: StatusRule[] = [
  // “乌镇之光”超算中心在2021年世界互联网大会期间正式建成投用: the date may sit between place and verb
  { status: 'existing', pattern: new RegExp(`(?<places>${PLACES})[”"]?${GAP(22)}(?<verb>正式建成投用|建成投用|建成运行|建成|投入使用|揭牌|落成|获得国家批复|获得省级批复|获国家批复|获批设立)`, 'g'), unhedged: true },
  { status: 'existing', pattern: new RegExp(`(?<verb>批准设立|揭牌成立|建成)${GAP(12)}(?<places>${PLACES})`, 'g'), unhedged: true },
  { status: 'under_construction', pattern: new RegExp(`(?<places>${PLACES})${GAP(20, true)}(?<verb>建设进展顺利|进展顺利|紧张建设中|在建|正在建设|建设中)`, 'g') },
  { status: 'under_construction', pattern: new RegExp(`(?<verb>启动建设|开工建设|加快建设|正在建设)${GAP(16)}(?<places>${PLACES})`, 'g') },
  { status: 'under_construction', pattern: new RegExp(`(?<verb>加快推进|加快)${GAP(4)}(?<places>${PLACES})${GAP(10)}建设`, 'g'), wholeMatch: true },
  { status: 'planned', pattern: new RegExp(`(?<places>${PLACES})${GAP(10)}(?<verb>建设规划|前期工作|尽早开工建设|尽早开工|规划建设)`, 'g') },
  { status: 'planned', pattern: new RegExp(`(?<verb>编制|谋划|规划建设|拟建)${GAP(6)}(?<places>${PLACES})`, 'g') },
  // 湖嘉杭绍线的研究; not 天目山实验室研究方向
  { status: 'study', pattern: new RegExp(`(?<places>${PLACES})(?<verb>的研究)(?![院中所室方])`, 'g') },
  { status: 'proposed', pattern: new RegExp(`(?<verb>探索建立|争取建设|建议建设|争创|积极争取)${GAP(4)}(?<places>${PLACES})`, 'g') },
];

/**
 * @param eligible the mentions that may carry a status (not cities or counties, which have none,
 *   and not a name used as a scope, 嘉兴唯一)
 */
export function findStatusStatements(structure: PassageStructure, eligible: Mention[]): ClaimDraft[] {
  const masked = maskPlaces(structure.comparable, eligible);
  const drafts: ClaimDraft[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of masked.matchAll(rule.pattern)) {
      const verbStart = rule.wholeMatch ? m.index! : verbOffset(m);
      const verbEnd = rule.wholeMatch ? m.index! + m[0].length : verbStart + m.groups!.verb.length;
      if (rule.unhedged && HEDGED.test(masked.slice(m.index!, m.index! + m[0].length).replace(m.groups!.verb, ''))) continue;
      // the wording must be intact; a place the curators linked through damage (盀蹑?zhèn)之光) may not be
      if (wordingDamaged(structure, masked, m.index!, m.index! + m[0].length)) continue;
      const placesStart = m.index! + m[0].indexOf(m.groups!.places);
      const placesEnd = placesStart + m.groups!.places.length;
      const featureIds = [...new Set(eligible.filter((x) => x.start < placesEnd && x.end > placesStart).map((x) => x.featureId))];
      if (featureIds.length === 0) continue;
      // 编制…建设规划 says planned once, whichever wording is matched
      const sentence = rangeAt(structure.sentences, verbStart);
      const said = drafts.some((d) => d.value === rule.status && d.start >= sentence.start && d.start < sentence.end && sameIds(d.featureIds!, featureIds));
      if (said) continue;
      drafts.push({
        start: verbStart,
        end: verbEnd,
        measure: 'status',
        value: rule.status,
        valueMax: null,
        unit: 'status',
        qualifier: null,
        approx: false,
        what: rule.wholeMatch ? `${m.groups!.verb}…建设` : structure.simplified.slice(verbStart, verbEnd),
        stated: { value: structure.passage.text.slice(verbStart, verbEnd), unit: 'status' },
        attach: 'given',
        featureIds,
      });
    }
  }
  return drafts.sort((a, b) => a.start - b.start);
}

/** The verb group's offset in the passage: where it sits in the match, found from the match's groups. */
function verbOffset(m: RegExpMatchArray): number {
  const { verb, places } = m.groups!;
  const placesAt = m[0].indexOf(places);
  // the verb is either before the places (start of match) or after them (end of match)
  if (m[0].startsWith(verb) && placesAt > 0) return m.index!;
  return m.index! + m[0].lastIndexOf(verb);
}

function wordingDamaged(structure: PassageStructure, masked: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (masked[i] !== PLACE && inside(structure.passage.damaged, i)) return true;
  return false;
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** Each mentioned UTF-16 unit replaced by PLACE, so indexes stay the passage's offsets. */
function maskPlaces(text: string, mentions: Mention[]): string {
  if (mentions.length === 0) return text;
  const masked = new Uint8Array(text.length);
  for (const mention of mentions) masked.fill(1, mention.start, Math.min(mention.end, text.length));
  let out = '';
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && masked[j] === masked[i]) j += 1;
    out += masked[i] === 1 ? PLACE.repeat(j - i) : text.slice(i, j);
    i = j;
  }
  return out;
}
