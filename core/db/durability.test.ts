/**
 * An acknowledged write survives `kill -9` of the process the moment after: a child process creates
 * N places, printing an acknowledgement after each, and is killed on the last one; reopened, the
 * database holds all N. (scripts/bench/durability.ts repeats this many times.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAtlasStorage } from './atlas-storage';
import { DatabaseLockedError } from './storage-errors';
import { killAfterAcks } from './testing/kill-after-acks';
import { createTestDatabase, ENGINES, type TestDatabase } from './testing/test-databases';

const N = 25;

describe.each(ENGINES)('durability on %s', (engine) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-durability-'));
  let database: TestDatabase;
  afterAll(async () => {
    await database?.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(`keeps all ${N} acknowledged writes of a process killed with SIGKILL right after the last`, async () => {
    database = await createTestDatabase(engine, dataDir);
    const acked = await killAfterAcks(database.config, N, 'durable');
    expect(acked).toHaveLength(N);

    const storage = await openAtlasStorage({ database: database.config, seed: false });
    try {
      const kept = (await storage.loadCuratedState()).records.map((r) => r.id);
      expect(kept).toEqual(acked);
      // the killed process's lock file does not keep the embedded database closed
      if (engine === 'pglite') {
        expect(fs.readFileSync(path.join(dataDir, 'atlas.pid'), 'utf8')).toBe(String(process.pid));
        // while it is open here, nobody else may open it (two PGlite instances would corrupt the files)
        await expect(openAtlasStorage({ database: database.config, seed: false })).rejects.toBeInstanceOf(DatabaseLockedError);
      }
    } finally {
      await storage.close();
    }
  });
});
