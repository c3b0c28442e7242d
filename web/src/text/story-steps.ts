/**
 * A document's places in reading order: one stop per place per passage, in the order the
 * passage names them, so story mode can walk the map as the reader advances. A place named again
 * right after itself (乌镇 … 乌镇 in the next passage) is no new stop: the map would not move.
 */
import type { Passage } from '../../../types/atlas';

export interface StoryStep {
  passageId: string;
  featureId: string;
  start: number;
  end: number;
}

export function storySteps(passages: Pick<Passage, 'id' | 'mentions'>[]): StoryStep[] {
  const steps: StoryStep[] = [];
  for (const passage of passages) {
    const seen = new Set<string>();
    for (const mention of [...passage.mentions].sort((a, b) => a.start - b.start)) {
      if (seen.has(mention.featureId)) continue;
      seen.add(mention.featureId);
      if (steps.at(-1)?.featureId === mention.featureId) continue;
      steps.push({ passageId: passage.id, featureId: mention.featureId, start: mention.start, end: mention.end });
    }
  }
  return steps;
}
