/**
 * A new embedded database starts from a template of PGlite's freshly initialised data directory
 * instead of running initdb. initdb costs about 3 s and leaves this process's WebAssembly heap at
 * about 850 MB for good (it never shrinks); loaded from the template, a database opens in under
 * a second at about 400 MB. The template is initdb's output and nothing else: made once per
 * PGlite version in a child process (make-pglite-template.mjs), kept beside the packages in
 * `node_modules/.cache/wuzhen-atlas/`. Where it cannot be made or kept, initdb runs as before.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
/** the package's folder (its exports do not include package.json: found from its entry point) */
const PGLITE_DIR = packageDir(require.resolve('@electric-sql/pglite'));
const PGLITE_VERSION = (JSON.parse(fs.readFileSync(path.join(PGLITE_DIR, 'package.json'), 'utf8')) as { version: string }).version;

/** node_modules/.cache/wuzhen-atlas, beside the PGlite package (node_modules/@electric-sql/pglite) */
export const DEFAULT_TEMPLATE_DIR = path.resolve(PGLITE_DIR, '..', '..', '.cache', 'wuzhen-atlas');

function packageDir(entry: string): string {
  let dir = path.dirname(entry);
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** The template's file for this PGlite version. */
export function templateFile(templateDir = DEFAULT_TEMPLATE_DIR): string {
  return path.join(templateDir, `pglite-${PGLITE_VERSION}-initdb.tar`);
}

/**
 * The template as PGlite's `loadDataDir` takes it, made first when missing; undefined when it
 * can be neither read nor made (a read-only install, say): the caller then runs initdb.
 */
export async function pgliteTemplate(templateDir = DEFAULT_TEMPLATE_DIR): Promise<Blob | undefined> {
  const file = templateFile(templateDir);
  try {
    if (!fs.existsSync(file)) {
      fs.mkdirSync(templateDir, { recursive: true });
      await run(process.execPath, [path.join(import.meta.dirname, 'make-pglite-template.mjs'), file], { timeout: 120_000 });
      // an earlier PGlite's template (40 MB) serves no database any more
      for (const name of fs.readdirSync(templateDir)) {
        if (/^pglite-.+-initdb\.tar$/.test(name) && name !== path.basename(file)) fs.rmSync(path.join(templateDir, name), { force: true });
      }
    }
    return new Blob([fs.readFileSync(file)]);
  } catch (error) {
    console.warn(`[atlas] no database template (${(error as Error).message.split('\n')[0]}); the new database runs initdb`);
    return undefined;
  }
}

/** Forgets a template PGlite could not load, so that the next new database makes it again. */
export function discardTemplate(templateDir = DEFAULT_TEMPLATE_DIR): void {
  fs.rmSync(templateFile(templateDir), { force: true });
}
