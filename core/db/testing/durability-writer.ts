/**
 * The writer of the durability test: opens the storage given by DATABASE_URL / DATA_DIR, creates
 * N places one after another and prints `ack <id>` after each command resolved — the moment the
 * API would answer 201. The parent kills it with SIGKILL on the last ack.
 */
import { databaseConfigFromEnv } from '../open-sql-client';
import { openAtlasStorage } from '../atlas-storage';
import { newLab } from './place-fixtures';

const count = Number(process.argv[2] ?? 10);
const prefix = process.argv[3] ?? 'durable';
const storage = await openAtlasStorage({ database: databaseConfigFromEnv(), seed: false });
process.stdout.write('ready\n');
for (let i = 0; i < count; i++) {
  const id = `${prefix}-${i}`;
  await storage.createPlace({ by: 'durability-test' }, newLab(id, `耐久测试点${prefix.length}${i}号`));
  process.stdout.write(`ack ${id}\n`);
}
// stay alive: the parent decides when this process dies
setInterval(() => {}, 60_000);
