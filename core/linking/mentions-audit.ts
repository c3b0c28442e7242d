/**
 * The mentions audit behind `npm run mentions:report`: how often each place is named, which
 * places never are, and which place-like strings link to nothing — unexplained ones apart from
 * those a reviewer explained in curation/unlinked-explained.json, and the known missing places.
 */
import type { AtlasDocument, FeatureProperties } from '../../types/atlas';
import { searchForm } from '../text/script-convert';
import { explainGaps, type ExplainedGaps, type UnlinkedExplanation } from './unlinked-explanations';
import { findUnlinkedTerms } from './unlinked-terms';

export interface AuditedFeature {
  id: string;
  properties: Pick<FeatureProperties, 'name_zh' | 'layer'>;
}

export interface FeatureMentionCount {
  id: string;
  name_zh: string;
  layer: string;
  mentions: number;
  passages: number;
}

export interface MissingPlace {
  explanation: UnlinkedExplanation;
  /** occurrences of the string anywhere in the corpus that no mention covers */
  unlinkedOccurrences: number;
}

export interface MentionsAudit {
  totals: { passages: number; passagesWithMentions: number; mentions: number; features: number; featuresMentioned: number };
  byFeature: FeatureMentionCount[];
  neverMentioned: FeatureMentionCount[];
  gaps: ExplainedGaps;
  missingPlaces: MissingPlace[];
}

export function auditMentions(documents: AtlasDocument[], features: AuditedFeature[], explanations: UnlinkedExplanation[]): MentionsAudit {
  const counts = new Map(features.map((f) => [f.id, { id: f.id, name_zh: f.properties.name_zh, layer: f.properties.layer, mentions: 0, passages: 0 }]));
  const passages = documents.flatMap((d) => d.passages);
  for (const passage of passages) {
    for (const mention of passage.mentions) counts.get(mention.featureId)!.mentions += 1;
    for (const featureId of new Set(passage.mentions.map((m) => m.featureId))) counts.get(featureId)!.passages += 1;
  }
  const byFeature = [...counts.values()].sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
  const gaps = explainGaps(findUnlinkedTerms(documents), explanations);
  const missingPlaces = explanations
    .filter((e) => e.kind === 'missing-place')
    .map((explanation) => ({ explanation, unlinkedOccurrences: countUnlinked(passages, searchForm(explanation.text)) }));
  return {
    totals: {
      passages: passages.length,
      passagesWithMentions: passages.filter((p) => p.mentions.length > 0).length,
      mentions: byFeature.reduce((sum, f) => sum + f.mentions, 0),
      features: features.length,
      featuresMentioned: byFeature.filter((f) => f.mentions > 0).length,
    },
    byFeature,
    neverMentioned: byFeature.filter((f) => f.mentions === 0),
    gaps,
    missingPlaces,
  };
}

function countUnlinked(passages: AtlasDocument['passages'], form: string): number {
  let count = 0;
  for (const passage of passages) {
    const comparable = searchForm(passage.text);
    for (let at = comparable.indexOf(form); at >= 0; at = comparable.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (!passage.mentions.some((m) => m.start < end && at < m.end)) count += 1;
    }
  }
  return count;
}

/** The audit as plain text, gaps first. */
export function formatMentionsAudit(audit: MentionsAudit): string {
  const { totals, gaps } = audit;
  const lines: string[] = [];
  const occurrences = (n: number) => `×${n}`;
  const where = (ids: string[]) => [...new Set(ids)].join(' ');
  lines.push(
    `Mentions: ${totals.mentions} in ${totals.passagesWithMentions} of ${totals.passages} passages; ${totals.featuresMentioned} of ${totals.features} places named.`,
    '',
    `Unexplained place-like strings that link to nothing: ${gaps.unexplained.length}`,
  );
  for (const group of gaps.unexplained) {
    const forms = [...new Set(group.occurrences.map((o) => o.text))].join(' / ');
    lines.push(`  ${forms}  ${occurrences(group.occurrences.length)}  ${where(group.occurrences.map((o) => o.passageId))}`);
  }
  if (gaps.stale.length > 0) {
    lines.push('', `Stale explanations (they match nothing any more; remove them): ${gaps.stale.length}`);
    for (const entry of gaps.stale) lines.push(`  ${entry.text} (${entry.kind})`);
  }
  lines.push('', `Known missing places (the gazetteer should gain these): ${audit.missingPlaces.length}`);
  for (const { explanation, unlinkedOccurrences } of audit.missingPlaces) {
    lines.push(`  ${explanation.text}  ${occurrences(unlinkedOccurrences)} unlinked in the corpus  [${explanation.layer ?? '?'}]  ${explanation.reason}`);
  }
  lines.push('', `Places never mentioned: ${audit.neverMentioned.length}`);
  for (const f of audit.neverMentioned) lines.push(`  ${f.id}  ${f.name_zh}  (${f.layer})`);
  lines.push('', 'Mentions per place (mentions, passages):');
  for (const f of audit.byFeature) lines.push(`  ${String(f.mentions).padStart(4)} ${String(f.passages).padStart(4)}  ${f.id}  ${f.name_zh}`);
  const byKind = new Map<string, ExplainedGaps['explained']>();
  for (const item of gaps.explained) byKind.set(item.explanation.kind, [...(byKind.get(item.explanation.kind) ?? []), item]);
  lines.push('', `Explained unlinked strings: ${gaps.explained.length} (curation/unlinked-explained.json)`);
  for (const [kind, items] of [...byKind].sort()) {
    const total = items.reduce((sum, item) => sum + item.group.occurrences.length, 0);
    lines.push(`  ${kind}: ${items.length} strings, ${total} occurrences`);
    for (const { group, explanation } of items) {
      lines.push(`    ${group.key}  ${occurrences(group.occurrences.length)}  — ${explanation.reason}`);
    }
  }
  return lines.join('\n');
}
