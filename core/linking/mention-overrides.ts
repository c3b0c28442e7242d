/**
 * Reviewed manual corrections to the automatic linking, kept as data in one file
 * (curation/mention-overrides.json): each entry adds or suppresses one mention and says why.
 * A bad entry — unknown passage or place, a range that does not hold the stated text, a suppression
 * of a link the linker never made, an addition it already makes — stops start-up naming the entry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AtlasDocument, Mention } from '../../types/atlas';
import { parsePassageId } from '../../types/passage-id';
import { CURATION_DIR } from '../atlas-inputs';
import { DataFileError, displayPath, parseDataText, readDataText, recordsIn } from '../data-file';

export const MENTION_OVERRIDES_FILE = path.join(CURATION_DIR, 'mention-overrides.json');

const overrideSchema = z.strictObject({
  action: z.enum(['add', 'suppress']),
  passageId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** exactly passage.text.slice(start, end): the reviewer's check that the range is the one meant */
  text: z.string().min(1),
  featureId: z.string().min(1),
  reason: z.string().trim().min(10, 'must say why, in a sentence'),
});

const overridesFileSchema = z.strictObject({
  about: z.string().optional(),
  overrides: z.array(overrideSchema),
});

export type MentionOverride = z.infer<typeof overrideSchema>;

const FIX = 'correct or remove the override';

export class MentionOverrideError extends DataFileError {
  constructor(
    file: string,
    /** 1-based position of the entry in the file, or null when the file itself is bad */
    readonly entry: number | null,
    readonly summary: string,
    detail: string,
  ) {
    super(displayPath(file), entry === null ? null : `override #${entry}${summary ? ` (${summary})` : ''}`, detail, FIX);
  }
}

/** The reviewed overrides; none when the file does not exist. */
export function loadMentionOverrides(file = MENTION_OVERRIDES_FILE): MentionOverride[] {
  if (!fs.existsSync(file)) return [];
  return parseMentionOverrides(readDataText(file), file);
}

export function parseMentionOverrides(json: string, file = MENTION_OVERRIDES_FILE): MentionOverride[] {
  return parseDataText(json, overridesFileSchema, {
    name: displayPath(file),
    recordOf: recordsIn('overrides', (_entry, i) => `override #${i + 1}`),
    fix: FIX,
  }).overrides;
}

export function describeOverride(o: MentionOverride): string {
  return `${o.action} ${o.passageId} [${o.start},${o.end}) "${o.text}" → ${o.featureId}`;
}

/**
 * Applies the overrides to linked documents (suppressions first). A document an override
 * touches is returned as a new object; every other document is returned as it was given, so
 * what was derived from it (its claims) can be kept.
 */
export function applyMentionOverrides(
  documents: AtlasDocument[],
  overrides: MentionOverride[],
  featureIds: ReadonlySet<string>,
  file = MENTION_OVERRIDES_FILE,
): AtlasDocument[] {
  if (overrides.length === 0) return documents;
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const mentionsByPassage = new Map<string, { text: string; mentions: Mention[] }>();
  const touched = new Set<AtlasDocument>();
  /** the passage an override names, read from its document only (ids are document id + position) */
  const targetOf = (passageId: string) => {
    let target = mentionsByPassage.get(passageId);
    if (target) return target;
    const named = documentById.get(parsePassageId(passageId)?.documentId ?? '');
    const document = named?.passages.some((p) => p.id === passageId) ? named : documents.find((d) => d.passages.some((p) => p.id === passageId));
    if (!document) return undefined;
    touched.add(document);
    for (const passage of document.passages) mentionsByPassage.set(passage.id, { text: passage.text, mentions: [...passage.mentions] });
    target = mentionsByPassage.get(passageId);
    return target;
  };
  const numbered = overrides.map((o, i) => ({ o, n: i + 1 }));
  const ordered = [...numbered.filter(({ o }) => o.action === 'suppress'), ...numbered.filter(({ o }) => o.action === 'add')];
  const seen = new Set<string>();
  for (const { o, n } of ordered) {
    const fail = (detail: string): never => {
      throw new MentionOverrideError(file, n, describeOverride(o), detail);
    };
    const key = `${o.passageId}:${o.start}:${o.end}:${o.featureId}`;
    if (seen.has(key)) fail('repeats an earlier override of the same range and place');
    seen.add(key);
    const target = targetOf(o.passageId);
    if (!target) return fail(`unknown passage "${o.passageId}"`);
    if (!featureIds.has(o.featureId)) fail(`unknown feature "${o.featureId}"`);
    if (o.end <= o.start || o.end > target.text.length) fail(`range [${o.start},${o.end}) is outside the passage (length ${target.text.length})`);
    const actual = target.text.slice(o.start, o.end);
    if (actual !== o.text) fail(`the passage has "${actual}" at [${o.start},${o.end}), not "${o.text}"`);
    const at = target.mentions.findIndex((m) => m.start === o.start && m.end === o.end && m.featureId === o.featureId);
    if (o.action === 'suppress') {
      if (at < 0) fail('the linker makes no such mention; nothing to suppress (remove the override)');
      target.mentions.splice(at, 1);
    } else {
      if (at >= 0) fail('the linker already makes this mention (remove the override)');
      const clash = target.mentions.find((m) => m.start < o.end && o.start < m.end);
      if (clash) fail(`overlaps the mention [${clash.start},${clash.end}) → ${clash.featureId}; suppress that one first`);
      target.mentions.push({ start: o.start, end: o.end, featureId: o.featureId });
    }
  }
  return documents.map((document) =>
    touched.has(document)
      ? {
          ...document,
          passages: document.passages.map((passage) => ({
            ...passage,
            mentions: mentionsByPassage.get(passage.id)!.mentions.sort((a, b) => a.start - b.start),
          })),
        }
      : document,
  );
}
