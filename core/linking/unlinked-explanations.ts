/**
 * A reviewer's explanations of known unlinked place-like strings (curation/unlinked-explained.json):
 * why each links to nothing. What no entry explains is a gap the mentions report shows apart;
 * an entry that explains nothing any more is stale and is reported too.
 */
import path from 'node:path';
import { z } from 'zod';
import { CURATION_DIR } from '../atlas-inputs';
import { DataFileError, displayPath, readDataFile, recordsIn } from '../data-file';
import { searchForm } from '../text/script-convert';
import type { UnlinkedGroup } from './unlinked-terms';

export const UNLINKED_EXPLAINED_FILE = path.join(CURATION_DIR, 'unlinked-explained.json');

/** Why a string links to nothing. `missing-place` is no excuse: it is a gap the gazetteer should fill. */
export const EXPLANATION_KINDS = [
  'missing-place',
  'described-place',
  'part-of-place',
  'designation',
  'generic',
  'organisation',
  'outside-region',
  'not-a-place',
] as const;
export type ExplanationKind = (typeof EXPLANATION_KINDS)[number];

const explanationSchema = z.strictObject({
  /** the string, Simplified (Traditional occurrences match through their search form) */
  text: z.string().min(1),
  kind: z.enum(EXPLANATION_KINDS),
  reason: z.string().trim().min(5),
  /** `ending`: explains every string that ends in `text` (乌镇 in 建设好乌镇); default `exact` */
  match: z.enum(['exact', 'ending']).optional(),
  /** for a missing place: the layer it would belong in */
  layer: z.string().optional(),
});
export type UnlinkedExplanation = z.infer<typeof explanationSchema>;

const fileSchema = z.strictObject({ about: z.string().optional(), explanations: z.array(explanationSchema) });

const FIX = 'correct or remove the explanation';

export class UnlinkedExplanationsError extends DataFileError {
  constructor(file: string, key: string | null, detail: string) {
    super(displayPath(file), key, detail, FIX);
  }
}

export function loadUnlinkedExplanations(file = UNLINKED_EXPLAINED_FILE): UnlinkedExplanation[] {
  const { explanations } = readDataFile(file, fileSchema, {
    setting: 'CURATION_DIR',
    recordOf: recordsIn('explanations', (entry, i) => `explanation #${i + 1}${textOf(entry)}`),
    fix: FIX,
  });
  const seen = new Set<string>();
  explanations.forEach((entry, i) => {
    const key = `${entry.match ?? 'exact'}:${searchForm(entry.text)}`;
    if (seen.has(key)) throw new UnlinkedExplanationsError(file, `explanation #${i + 1} ("${entry.text}")`, 'explains a string an earlier entry explains');
    seen.add(key);
  });
  return explanations;
}

function textOf(entry: unknown): string {
  const text = (entry as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? ` ("${text}")` : '';
}

export interface ExplainedGroup {
  group: UnlinkedGroup;
  explanation: UnlinkedExplanation;
}

export interface ExplainedGaps {
  unexplained: UnlinkedGroup[];
  explained: ExplainedGroup[];
  /** entries that match no unlinked string any more: remove them */
  stale: UnlinkedExplanation[];
}

/** An exact entry wins; otherwise the longest `ending` entry the string ends in. */
export function explainGaps(groups: UnlinkedGroup[], explanations: UnlinkedExplanation[]): ExplainedGaps {
  const exact = new Map(explanations.filter((e) => (e.match ?? 'exact') === 'exact').map((e) => [searchForm(e.text), e]));
  const endings = explanations.filter((e) => e.match === 'ending').sort((a, b) => b.text.length - a.text.length);
  const used = new Set<UnlinkedExplanation>();
  const result: ExplainedGaps = { unexplained: [], explained: [], stale: [] };
  for (const group of groups) {
    const explanation = exact.get(group.key) ?? endings.find((e) => group.key.endsWith(searchForm(e.text)));
    if (explanation) {
      used.add(explanation);
      result.explained.push({ group, explanation });
    } else {
      result.unexplained.push(group);
    }
  }
  result.stale = explanations.filter((e) => !used.has(e));
  return result;
}
