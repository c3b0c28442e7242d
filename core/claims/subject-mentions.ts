/**
 * The mentions that can be what a statement is about. Not a place named as a scope (嘉兴唯一,
 * 嘉兴首个: the claim is about something else, first in Jiaxing), not a builder of the thing the
 * sentence is about (之江实验室合建的supET平台), not a locator (乌镇、练市毗邻地区), not part of a quoted
 * name (“云享乌镇”城市大脑, “直通乌镇”…总部), and not one inside a title (《嘉兴市“千兆城市”创建工作意见》
 * names a policy, not the place's figures).
 */
import type { Mention } from '../../types/atlas';
import { inside, type PassageStructure } from './passage-structure';

/** The longest quotation taken for a name (“云享乌镇”); longer ones are speech. */
const QUOTED_NAME_MAX = 14;

/** “云享乌镇”: a short quotation holding more than the place's name is the name of something else. */
function partOfQuotedName(structure: PassageStructure, m: Mention): boolean {
  return structure.quotes.some(
    (q) => m.start > q.start && m.end < q.end && q.end - q.start <= QUOTED_NAME_MAX && q.end - q.start - 2 > m.end - m.start,
  );
}

const SCOPE_AFTER = /^[”"]?(?:唯一|首个|首批|首家|首条|第一|范围内)/;
/** 在乌镇、练市毗邻地区划定…: places named to locate something else */
const LOCATOR_AFTER = /^(?:、[^，,。；;]{1,8}?)?(?:毗邻|周边|附近|之间|一带|交界)/;
/** 由阿里云、中控、之江实验室合建的supET平台: a builder named inside the thing's description */
const BUILDER_AFTER = /^[”"]?等?(?:合建|共建|共同建设|联合建设|牵头建设)的/;

export function subjectMentions(structure: PassageStructure): Mention[] {
  return structure.passage.mentions.filter(
    (m) =>
      !SCOPE_AFTER.test(structure.comparable.slice(m.end, m.end + 4)) &&
      !BUILDER_AFTER.test(structure.comparable.slice(m.end, m.end + 8)) &&
      !LOCATOR_AFTER.test(structure.comparable.slice(m.end, m.end + 12)) &&
      !inside(structure.bookTitles, m.start) &&
      !partOfQuotedName(structure, m),
  );
}
