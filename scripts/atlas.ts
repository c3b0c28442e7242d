/**
 * npm run atlas -- <command>: looking after the atlas's database from the command line.
 *   export DIR            the curated state as files (places per layer, mentions.json, history.jsonl,
 *                         documents/ with each uploaded document's text and record, proposal-decisions.json)
 *   import DIR [--by NAME] restores an export into an empty database (a new DATA_DIR or PostgreSQL database)
 *   token create --role editor|admin --name NAME | token revoke NAME    bearer tokens for scripts
 *   user add NAME [--role editor|admin]                                  a browser login (password on stdin)
 * The database is the server's: DATABASE_URL, else the embedded one under DATA_DIR (default ./data).
 * Each command is one entry of COMMANDS; the accounts commands are scripts/atlas-accounts.ts.
 */
import path from 'node:path';
import { openAtlasStorage, type AtlasStorage } from '../core/db/atlas-storage';
import { exportState } from '../core/db/export-state';
import { importState } from '../core/db/import-state';
import { databaseConfigFromEnv, describeDatabase } from '../core/db/open-sql-client';
import { StorageError } from '../core/db/storage-errors';
import { ACCOUNT_COMMANDS, runAccountsCommand } from './atlas-accounts';

export interface AtlasCommand {
  usage: string;
  /** false: a new database stays empty (import); otherwise it is seeded on first open like the server's */
  seed: boolean;
  run(storage: AtlasStorage, args: string[]): Promise<string>;
}

export const COMMANDS: Record<string, AtlasCommand> = {
  export: {
    usage: 'export DIR',
    seed: true,
    async run(storage, [dir]) {
      if (!dir) throw new UsageError('export needs a directory');
      const summary = await exportState(storage.db, path.resolve(dir));
      return (
        `exported ${summary.places} places, ${summary.decisions} mention decisions, ${summary.historyEntries} history entries, ` +
        `${summary.documents} uploaded documents (${summary.documentHistoryEntries} history entries) and ${summary.proposalDecisions} proposal decisions to ${dir}`
      );
    },
  },
  import: {
    usage: 'import DIR [--by NAME]',
    seed: false,
    async run(storage, args) {
      const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--by');
      if (!dir) throw new UsageError('import needs a directory');
      const by = args.includes('--by') ? args[args.indexOf('--by') + 1] : undefined;
      const summary = await importState(storage.db, path.resolve(dir), by || 'import');
      const changed = summary.changed.length ? `; ${summary.changed.length} changed since the export (new versions): ${summary.changed.join(', ')}` : '';
      return (
        `imported ${summary.places} places (${summary.retired} retired), ${summary.decisions} mention decisions, ${summary.historyEntries} history entries, ` +
        `${summary.documents} uploaded documents (${summary.documentHistoryEntries} history entries), ${summary.proposalDecisions} proposal decisions${changed}`
      );
    },
  },
};

class UsageError extends Error {}

/** token / user: the accounts live in the server's database (seeded like the server's on first open). */
async function accountsCommand(argv: string[]): Promise<number> {
  const database = databaseConfigFromEnv();
  let storage: AtlasStorage | null = null;
  try {
    storage = await openAtlasStorage({ database });
    return await runAccountsCommand(argv, storage.accounts, process);
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    console.error(`atlas ${argv[0]} (${describeDatabase(database)}): ${error.message}`);
    return 1;
  } finally {
    await storage?.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if ((ACCOUNT_COMMANDS as readonly string[]).includes(name ?? '')) return accountsCommand(argv);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const usages = [...Object.values(COMMANDS).map((c) => c.usage), 'token create --role editor|admin --name NAME', 'token revoke NAME', 'user add NAME [--role editor|admin]'];
    console.error(`usage: npm run atlas -- <command>\n${usages.map((u) => `  ${u}`).join('\n')}`);
    return 2;
  }
  const database = databaseConfigFromEnv();
  let storage: AtlasStorage | null = null;
  try {
    storage = await openAtlasStorage({ database, seed: command.seed ? undefined : false });
    console.log(await command.run(storage, args));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\nusage: npm run atlas -- ${command.usage}`);
      return 2;
    }
    if (error instanceof StorageError) {
      console.error(`atlas ${name} (${describeDatabase(database)}): ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await storage?.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) process.exitCode = await main(process.argv.slice(2));
