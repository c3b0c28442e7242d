/**
 * npx tsx scripts/bench/durability.ts [RUNS] [N] — `kill -9` straight after N acknowledged writes,
 * RUNS times, in each mode: the embedded database (a new DATA_DIR each run) and PostgreSQL when
 * TEST_DATABASE_URL is set (a new database each run). Prints acknowledged vs kept per run; exits 1
 * if any acknowledged write was lost. The test (core/db/durability.test.ts) does one run per mode.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAtlasStorage } from '../../core/db/atlas-storage';
import { killAfterAcks } from '../../core/db/testing/kill-after-acks';
import { createTestDatabase, ENGINES } from '../../core/db/testing/test-databases';

const runs = Number(process.argv[2] ?? 10);
const count = Number(process.argv[3] ?? 50);

let lost = 0;
console.log('| mode | run | acknowledged | kept | lost | reopen ms |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const engine of ENGINES) {
  for (let run = 1; run <= runs; run++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-durability-bench-'));
    const database = await createTestDatabase(engine, dataDir);
    try {
      const acked = await killAfterAcks(database.config, count, `run${run}`);
      const started = performance.now();
      const storage = await openAtlasStorage({ database: database.config, seed: false });
      const reopenMs = performance.now() - started;
      const kept = new Set((await storage.loadCuratedState()).records.map((r) => r.id));
      await storage.close();
      const missing = acked.filter((id) => !kept.has(id)).length;
      lost += missing;
      console.log(`| ${engine} | ${run} | ${acked.length} | ${kept.size} | ${missing} | ${reopenMs.toFixed(0)} |`);
    } finally {
      await database.dispose();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
}
console.log(lost === 0 ? 'every acknowledged write was kept' : `${lost} acknowledged writes lost`);
process.exitCode = lost === 0 ? 0 : 1;
