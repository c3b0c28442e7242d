import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { pgliteTemplate, templateFile } from './pglite-template';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-template-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('pgliteTemplate', () => {
  it('makes initdb’s data directory once, in place of an earlier version’s, and a new database loaded from it answers', async () => {
    fs.writeFileSync(path.join(dir, 'pglite-0.0.1-initdb.tar'), 'an earlier PGlite’s template');
    const template = await pgliteTemplate(dir);
    expect(template?.size).toBeGreaterThan(1_000_000);
    const made = fs.statSync(templateFile(dir)).mtimeMs;
    await pgliteTemplate(dir);
    expect(fs.statSync(templateFile(dir)).mtimeMs).toBe(made);
    // nothing but this version's template is left (no partial file, no earlier template)
    expect(fs.readdirSync(dir)).toEqual([path.basename(templateFile(dir))]);

    const db = await PGlite.create('memory://', { loadDataDir: template });
    await db.exec('CREATE TABLE t (n int); INSERT INTO t VALUES (1), (2)');
    expect((await db.query<{ sum: number }>('SELECT sum(n)::int AS sum FROM t')).rows).toEqual([{ sum: 3 }]);
    await db.close();
  }, 120_000);

  it('gives no template, and says so, where none can be kept', async () => {
    const blocked = path.join(dir, 'a-file');
    fs.writeFileSync(blocked, 'not a folder');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await pgliteTemplate(blocked)).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/no database template .*initdb/));
    warn.mockRestore();
  });
});
