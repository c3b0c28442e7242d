/**
 * An upload answered 202 and then the server is killed (SIGKILL) before it has processed it: the
 * document is stored as `processing` and nobody is working on it. A server started again on the same
 * database processes it from its stored text, in the background, and it ends `ready`, with a
 * `resume` entry in its history saying so. On PostgreSQL two servers start again at once on the
 * database, and the document is processed exactly once.
 *
 * The document is long (about a million characters) so that its processing outlasts the moment
 * between the 202 and the kill by far; the `resume` entry proves the kill came first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../../core/corpus/ingest-corpus';
import { ENGINES } from '../../../core/db/testing/test-databases';
import { REPO_ROOT } from '../../src/config';
import { prepareServerDatabase } from '../support/server-database';
import { spawnServer, type SpawnedServer } from '../support/spawn-server';

const TARGET_CHARS = 1_000_000;

/** The corpus's paragraphs over and over under a title, as a planner's long compilation would read. */
function longText(): string {
  const { documents } = ingestCorpus(path.join(REPO_ROOT, 'corpus/sources'));
  const paragraphs = documents.flatMap((d) => d.passages.filter((p) => p.kind === 'paragraph' && p.text.length >= 40).map((p) => p.text));
  const lines = ['乌镇规划文件汇编（中断后恢复处理）', ''];
  for (let n = 0, chars = 0; chars < TARGET_CHARS; n++) {
    const paragraph = paragraphs[n % paragraphs.length];
    lines.push(paragraph, '');
    chars += paragraph.length;
  }
  return lines.join('\n');
}

async function documentOf(server: SpawnedServer, id: string): Promise<{ status: string; passageCount: number; error: unknown }> {
  return (await (await fetch(`${server.origin}/api/documents/${id}`)).json()) as { status: string; passageCount: number; error: unknown };
}

describe.each(ENGINES)('an upload whose server is killed right after the 202 (%s)', (engine) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-resume-'));
  const servers: SpawnedServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop('SIGKILL')));
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('is processed from its stored text when a server starts again on the database, and ends ready', async () => {
    const text = longText();
    const database = await prepareServerDatabase(engine, root, 'resume-test');
    const { token, dispose } = database;
    const env = { ...database.env, RATE_LIMIT: 'off' };
    try {
      const first = await spawnServer({ env });
      servers.push(first);
      const form = new FormData();
      form.append('file', new Blob([new TextEncoder().encode(text)]), 'compilation.txt');
      const res = await fetch(`${first.origin}/api/documents`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
      // the moment the 202 is in: kill -9
      first.child.kill('SIGKILL');
      expect(res.status).toBe(202);
      const { id } = (await res.json()) as { id: string; status: string };
      expect(await first.exited).toMatchObject({ signal: 'SIGKILL' });

      // started again: two at once on a shared PostgreSQL, one on the embedded database's files
      const again = await Promise.all((engine === 'postgres' ? [1, 2] : [1]).map(() => spawnServer({ env })));
      servers.push(...again);
      await expect
        .poll(async () => (await documentOf(again[0], id)).status, { timeout: 120_000, interval: 250 })
        .toBe('ready');
      const document = await documentOf(again[0], id);
      expect(document.error).toBeNull();
      expect(document.passageCount).toBeGreaterThan(1000);
      for (const server of again) expect((await documentOf(server, id)).status).toBe('ready');

      const history = (await (await fetch(`${again[0].origin}/api/documents/${id}/history`)).json()) as { action: string; by: string }[];
      const actions = history.map((h) => h.action).reverse();
      // the kill came before the outcome; it was processed again, exactly once
      expect(actions[0]).toBe('upload');
      expect(actions).toContain('resume');
      expect(actions.filter((a) => a === 'ready')).toHaveLength(1);
      expect(actions.at(-1)).toBe('ready');
      expect(again[0].output().stdout + (again[1]?.output().stdout ?? '')).toContain(`${id} ready`);
    } finally {
      await Promise.all(servers.map((s) => s.stop('SIGKILL')));
      await dispose();
    }
  }, 400_000);
});
