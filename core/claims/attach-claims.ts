/**
 * Which place a claim is about, conservatively: a claim is left unattached (featureId null)
 * rather than put on the wrong place. The first rule that answers wins:
 *  1. a status statement names its place itself;
 *  2. a first (全省首个…) is about the place named right after it;
 *  3. a date in a clause that also says a place's status dates that statement
 *     (2020年11月,桐乡市启动建设…“乌镇之光”);
 *  4. money spent on building something (投入12亿元启动建设乌镇实验室) is about that thing;
 *  5. the nearest place named before the claim in its clause — before 占 if there is one
 *     (集聚区…占整个桐乡市域面积的17%). A list of places (智芯、智擎、智驾三大…) takes a date, a
 *     status or a duration for each of them (均在2小时以内), a count for none;
 *  6. 全市 (全镇) with no place before it is the city (town) the passage last named, not after 特别是;
 *  7. the only place its clause names after it, close by (划定60平方公里左右范围，打造…先行区);
 *  8. the nearest place named earlier in the same sentence;
 *  9. in a passage about a city or town (the first place it names; any other it names lies inside it), a figure in a later
 *     sentence that names no place at all is the city's — unless it is a duration (连续三年), which
 *     in these passages is a company's record.
 */
import type { Claim, Mention } from '../../types/atlas';
import type { ExtractedClaim } from './extract-claims';
import { rangeAt, type PassageStructure } from './passage-structure';
import { subjectMentions } from './subject-mentions';

export const ATTACH_OPTIONS = {
  /** farthest a first (全省首个…) may be from the place it describes */
  firstReach: 24,
  /** farthest the thing built (启动建设…乌镇实验室) may be from the money */
  builtReach: 16,
  /** farthest the only place of a clause may follow a claim it is taken for */
  followingReach: 20,
};

/** Layer of each place, for telling cities and towns from the things in them. */
export type LayerOf = (featureId: string) => string | undefined;

/** Layers of places that are areas of government: they have figures, but no lifecycle. */
export const AREA_UNIT_LAYERS = new Set(['admin', 'towns']);
const WHOLE_OF: Record<string, string> = { 全市: 'admin', 全镇: 'towns' };

const LIST_GLUE = /^[、和及与,，“”"\s]*$/;
const DISTRIBUTIVE_MEASURES = new Set(['date', 'status', 'duration']);
/** 全市…,特别是乌镇镇区: what follows is about a part, not the whole */
const NARROWING = /特别是|其中|尤其/;

/** Whether one place lies inside another (乌镇 in 桐乡市): a city passage may name its towns. */
export type Within = (inner: string, outer: string) => boolean;

export function attachClaims(claims: ExtractedClaim[], structureOf: (passageId: string) => PassageStructure, layerOf: LayerOf, within: Within = () => false): Claim[] {
  const out: Claim[] = [];
  const used = new Set<string>();
  const byPassage = new Map<string, ExtractedClaim[]>();
  for (const claim of claims) {
    const list = byPassage.get(claim.passageId);
    if (list) list.push(claim);
    else byPassage.set(claim.passageId, [claim]);
  }
  for (const claim of claims) {
    const siblings = byPassage.get(claim.passageId)!;
    const featureIds = placesOf(claim, structureOf(claim.passageId), layerOf, siblings, within);
    const { attach: _attach, givenFeatureIds: _given, ...rest } = claim;
    const base = `${claim.passageId}-c${claim.start}`;
    (featureIds.length ? featureIds : [null]).forEach((featureId, i) => {
      let id = i === 0 ? base : `${base}-${i + 1}`;
      for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
      used.add(id);
      out.push({ id, featureId, ...rest, source: 'extracted' });
    });
  }
  return out;
}

export function placesOf(
  claim: ExtractedClaim,
  structure: PassageStructure,
  layerOf: LayerOf,
  siblings: ExtractedClaim[] = [],
  within: Within = () => false,
): string[] {
  if (claim.attach === 'given') return claim.givenFeatureIds;
  const text = structure.comparable;
  const clause = rangeAt(structure.clauses, claim.start);
  const sentence = rangeAt(structure.sentences, claim.start);
  const subjects = subjectMentions(structure).filter((m) => m.end <= claim.start || m.start >= claim.end);
  const following = subjects.filter((m) => m.start >= claim.end && m.end <= clause.end);

  if (claim.attach === 'after') {
    const next = following[0];
    return next && next.start - claim.end <= ATTACH_OPTIONS.firstReach ? [next.featureId] : [];
  }

  if (claim.measure === 'date') {
    const dated = siblings.find((c) => c.measure === 'status' && c.start > claim.end && c.start < clause.end);
    if (dated) return dated.givenFeatureIds;
  }

  if (/^[,，]?(?:启动|开工)?(?:建设|建成)/.test(text.slice(claim.end, claim.end + 6))) {
    const built = following[0];
    if (built && built.start - claim.end <= ATTACH_OPTIONS.builtReach) return [built.featureId];
  }

  let before = subjects.filter((m) => m.start >= clause.start && m.end <= claim.start);
  const share = text.lastIndexOf('占', claim.start - 1);
  if (share >= clause.start) before = before.filter((m) => m.end <= share);
  if (before.length > 0) return fromList(before, claim, text);

  for (const [word, layer] of Object.entries(WHOLE_OF)) {
    const whole = text.lastIndexOf(word, claim.start - 1);
    if (whole < clause.start || NARROWING.test(text.slice(whole, claim.start))) continue;
    const unit = [...structure.passage.mentions].reverse().find((m) => m.end <= claim.start && layerOf(m.featureId) === layer);
    return unit ? [unit.featureId] : [];
  }

  const onlyFollowing = distinct(following);
  if (onlyFollowing.length === 1 && following[0].start - claim.end <= ATTACH_OPTIONS.followingReach) return onlyFollowing;
  if (onlyFollowing.length > 0) return [];

  const earlier = subjects.filter((m) => m.start >= sentence.start && m.end <= clause.start);
  if (earlier.length > 0) return fromList(earlier, claim, text);

  const topic = passageTopic(structure, layerOf, within);
  const sentenceNamesAPlace = structure.passage.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end);
  if (topic && topic.end <= sentence.start && !sentenceNamesAPlace && claim.measure !== 'duration' && !NARROWING.test(text.slice(sentence.start, claim.start))) {
    return [topic.featureId];
  }
  return [];
}

/** The nearest place before the claim, or every place of the list it ends, or none (a count of a list). */
function fromList(before: Mention[], claim: ExtractedClaim, text: string): string[] {
  const list = listEndingWith(before, text);
  if (list.length === 1) return [list[0].featureId];
  const between = text.slice(list[list.length - 1].end, claim.start);
  if (DISTRIBUTIVE_MEASURES.has(claim.measure) || /均|都|分别/.test(between)) return distinct(list);
  return [];
}

/** The nearest mention and those listed with it (智芯、智擎、智驾: three places, one list). */
function listEndingWith(mentions: Mention[], text: string): Mention[] {
  const list = [mentions[mentions.length - 1]];
  for (let i = mentions.length - 2; i >= 0; i -= 1) {
    const glue = text.slice(mentions[i].end, list[0].start);
    if (!LIST_GLUE.test(glue)) break;
    list.unshift(mentions[i]);
  }
  // one place named twice in a row (its alias, then its name) is still one place
  return distinct(list).length === 1 ? [list[list.length - 1]] : list;
}

/** The city or town a passage is about: the first place it names, when every other city or town it names lies inside it. */
function passageTopic(structure: PassageStructure, layerOf: LayerOf, within: Within): Mention | null {
  const first = structure.passage.mentions[0];
  if (!first || !AREA_UNIT_LAYERS.has(layerOf(first.featureId) ?? '')) return null;
  const isOther = (m: Mention) => AREA_UNIT_LAYERS.has(layerOf(m.featureId) ?? '') && m.featureId !== first.featureId && !within(m.featureId, first.featureId);
  if (subjectMentions(structure).some(isOther)) return null;
  // a city named only as a scope (嘉兴首个…的企业) does not make the passage about it
  if (!subjectMentions(structure).some((m) => m.featureId === first.featureId) && !structure.bookTitles.some((t) => first.start >= t.start && first.end <= t.end)) return null;
  return first;
}

function distinct(mentions: Mention[]): string[] {
  return [...new Set(mentions.map((m) => m.featureId))];
}
