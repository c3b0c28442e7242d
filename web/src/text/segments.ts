/**
 * Cuts a passage's text into runs that share the same marks (a mention of a place, a damaged
 * span, the highlighted match), so the reader can render each run once, overlaps included.
 */
import type { DamagedSpan, Mention, TextRange } from '../../../types/atlas';

export interface Segment {
  text: string;
  start: number;
  end: number;
  featureId: string | null;
  damaged: DamagedSpan | null;
  highlighted: boolean;
}

export interface SegmentMarks {
  mentions?: Mention[];
  damaged?: DamagedSpan[];
  /** ranges to emphasise, e.g. the mentions of the selected place or a search match */
  highlights?: TextRange[];
}

export function segmentText(text: string, marks: SegmentMarks = {}): Segment[] {
  const mentions = marks.mentions ?? [];
  const damaged = marks.damaged ?? [];
  const highlights = marks.highlights ?? [];
  const cuts = new Set<number>([0, text.length]);
  for (const range of [...mentions, ...damaged, ...highlights]) {
    cuts.add(clamp(range.start, text.length));
    cuts.add(clamp(range.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const inside = (r: TextRange) => r.start <= start && end <= r.end;
    segments.push({
      text: text.slice(start, end),
      start,
      end,
      featureId: mentions.find(inside)?.featureId ?? null,
      damaged: damaged.find(inside) ?? null,
      highlighted: highlights.some(inside),
    });
  }
  return segments;
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value));
}
