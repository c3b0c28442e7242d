/**
 * One API process with the database and the write routes, for the edit benchmarks: the database
 * from DATABASE_URL / DATA_DIR, bearer tokens from its account store (the real auth layer), listening on 127.0.0.1 and an ephemeral port it prints as `listening PORT`.
 */
import { openAtlasStorage } from '../../core/db/atlas-storage';
import { databaseConfigFromEnv } from '../../core/db/open-sql-client';
import { createApp } from '../../api/src/app';
import { configFromEnv } from '../../api/src/config';
import { openCuratedAtlas } from '../../core/store/curated-atlas';

const storage = await openAtlasStorage({ database: databaseConfigFromEnv() });
const config = configFromEnv();
const live = await openCuratedAtlas(storage, config);
const app = createApp(live, { tilesDir: config.tilesDir, rateLimit: false, writes: { storage, live } });
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
});
process.on('SIGTERM', () => server.close(() => storage.close().then(() => process.exit(0))));
