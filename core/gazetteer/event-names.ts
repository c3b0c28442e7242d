/**
 * Names of events — a summit, a conference, a festival — are never names of places: 乌镇峰会 is
 * the World Internet Conference's summit, not the convention centre that hosts it. The gazetteer
 * schema refuses such a name or alias, so the linker never ties an event to a building.
 */
import { searchForm } from '../text/script-convert';

/** Words an event's name ends in (Simplified). */
export const EVENT_NAME_ENDINGS = [
  '峰会', '大会', '论坛', '会议', '年会', '博览会', '展览会', '交易会', '洽谈会', '推介会', '发布会',
  '戏剧节', '艺术节', '文化节', '旅游节', '电影节', '音乐节', '运动会', '锦标赛',
] as const;

/** The event word a name ends in, or null when the name could be a place's. */
export function eventEnding(name: string): string | null {
  const form = searchForm(name).replace(/[“”‘’「」『』《》"]/g, '');
  return EVENT_NAME_ENDINGS.find((ending) => form.endsWith(ending)) ?? null;
}
