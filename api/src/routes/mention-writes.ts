/**
 * Writing links (CONTRACT.md "Links"): POST /api/mentions {passageId, start, end, featureId}
 * adds an editor's mention; DELETE /api/mentions/{id} rejects an automatic one (it stays rejected
 * when the corpus is linked again) or takes back an editor's.
 */
import type { Express } from 'express';
import { z } from 'zod';
import type { Mention, Passage } from '../../../types/atlas';
import { ProblemError } from '../http/problem';
import type { WriteRoute } from '../http/read-only';
import { jsonBody } from '../http/write-request';
import type { AtlasStore } from '../../../core/store/atlas-store';
import { authorOf, editorWrites, refresh } from './write-handlers';
import type { WriteDeps } from './write-deps';

const MENTION_ID_PATTERN = /^[aer]\.[a-z0-9][a-z0-9.-]{0,199}$/;

const newMentionSchema = z.strictObject({
  passageId: z.string().min(1).max(80),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  featureId: z.string().min(1).max(80),
});

export const MENTION_WRITE_ROUTES: WriteRoute[] = [
  { path: '/api/mentions', methods: ['POST'] },
  { path: '/api/mentions/:id', methods: ['DELETE'] },
];

export function setupMentionWrites(app: Express, deps: WriteDeps): void {
  const { live } = deps;
  const write = editorWrites(app, deps);

  write('post', '/api/mentions', async (req, res) => {
    const parsed = newMentionSchema.safeParse(jsonBody(req));
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
      throw new ProblemError(400, `Send {passageId, start, end, featureId}: ${detail}`, 'invalid-mention');
    }
    const { passageId, start, end, featureId } = parsed.data;
    const store = live.current();
    const passage = store.passageById.get(passageId);
    if (!passage) throw new ProblemError(400, `No passage has the id "${passageId}".`, 'invalid-mention');
    if (!store.featureById.has(featureId)) throw new ProblemError(400, `No place has the id "${featureId}".`, 'invalid-mention');
    if (end <= start || end > passage.text.length) {
      throw new ProblemError(400, `[${start}, ${end}) is not a range of the passage (length ${passage.text.length}).`, 'invalid-mention');
    }
    const same = passage.mentions.find((m) => m.start === start && m.end === end && m.featureId === featureId);
    if (same) throw new ProblemError(409, `The passage already links [${start}, ${end}) to ${featureId} (mention ${same.id}).`, 'conflict');
    const clash = passage.mentions.find((m) => m.origin === 'editor' && m.start < end && start < m.end);
    if (clash) throw new ProblemError(409, `An editor's mention ${clash.id} already covers [${clash.start}, ${clash.end}); delete it first.`, 'conflict');

    const decision = await deps.storage.addMention(authorOf(req, res), { passageId, start, end, featureId, text: passage.text.slice(start, end) });
    await refresh(live, deps.storage);
    res.status(201).location(`/api/mentions/${decision.id}`);
    res.json({ id: decision.id, passageId, start, end, featureId, origin: 'editor', text: decision.text });
  });

  write('delete', '/api/mentions/:mentionId', async (req, res) => {
    const id = req.params.mentionId;
    if (typeof id !== 'string' || !MENTION_ID_PATTERN.test(id)) throw new ProblemError(400, 'A mention id looks like a.doc-000-p001.0.2.wuzhen-light.', 'bad-parameter');
    const found = findMention(live.current(), id);
    const author = authorOf(req, res);
    if (found?.mention.origin === 'auto') {
      const { passage, mention } = found;
      await deps.storage.rejectMention(author, { passageId: passage.id, start: mention.start, end: mention.end, featureId: mention.featureId, text: passage.text.slice(mention.start, mention.end) });
    } else if (found || id.startsWith('e.')) {
      // an editor's mention, shown or not (its place may be retired): storage says 404 if unknown
      await deps.storage.removeMention(author, id);
    } else {
      throw new ProblemError(404, `No mention has the id "${id.slice(0, 120)}".`, 'unknown-mention', { kind: 'mention', id: id.slice(0, 120) });
    }
    await refresh(live, deps.storage);
    res.status(204).end();
  });
}

const mentionIndexes = new WeakMap<AtlasStore, Map<string, { passage: Passage; mention: Mention }>>();

function findMention(store: AtlasStore, id: string): { passage: Passage; mention: Mention } | undefined {
  let index = mentionIndexes.get(store);
  if (!index) {
    index = new Map();
    for (const passage of store.passageById.values()) for (const mention of passage.mentions) if (mention.id) index.set(mention.id, { passage, mention });
    mentionIndexes.set(store, index);
  }
  return index.get(id);
}
