/**
 * Writes PGlite's freshly initialised data directory (initdb's output, nothing of ours) as an
 * uncompressed tarball to the path given, atomically. Run as its own process by
 * pglite-template.ts so that initdb's WebAssembly heap, which never shrinks, is not the
 * server's. Plain JavaScript: it runs without a TypeScript loader.
 *
 *   node core/db/make-pglite-template.mjs OUT.tar
 */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

const out = process.argv[2];
const db = await PGlite.create('memory://');
const dump = await db.dumpDataDir('none');
await db.close();
const partial = `${out}.${process.pid}.partial`;
fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
fs.renameSync(partial, out);
