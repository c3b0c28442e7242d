/**
 * Every archive in the tiles folder, checked at start-up (check-archive.ts). The basemap is
 * committed and every map draws on it: if it is missing or unreadable the server refuses to
 * start. Any other archive that fails is reported by /api/health, so a bad extra archive shows
 * as "degraded" instead of as blank tiles.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DataFileError, displayPath } from '../../../core/data-file';
import { checkArchiveFile } from './check-archive';
import { ARCHIVE_NAME } from './tiles-router';

/** Archives the atlas cannot do without, and how to get each back. */
export const REQUIRED_ARCHIVES: Record<string, string> = {
  basemap: 'restore it (git checkout -- tiles/basemap.pmtiles) or rebuild it (npm run tiles:build), or set TILES_DIR to the folder that has it',
};

/** archive name → "ok", or "unreadable: <what is wrong>" */
export type ArchiveStatuses = Record<string, string>;

export async function checkTileArchives(tilesDir: string): Promise<ArchiveStatuses> {
  let files: string[];
  try {
    files = await readdir(tilesDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? 'the tiles folder does not exist' : code === 'ENOTDIR' ? 'is a file, not the tiles folder' : `cannot be read (${(error as Error).message})`;
    throw new DataFileError(displayPath(tilesDir), null, detail, 'set TILES_DIR to the folder of tile archives');
  }
  const names = files.map((file) => ARCHIVE_NAME.exec(file)?.[1]).filter((name): name is string => name !== undefined);
  for (const [name, fix] of Object.entries(REQUIRED_ARCHIVES)) {
    if (!names.includes(name)) throw new DataFileError(displayPath(join(tilesDir, `${name}.pmtiles`)), null, 'does not exist', fix);
  }

  const statuses: ArchiveStatuses = {};
  for (const name of names.sort()) {
    const file = join(tilesDir, `${name}.pmtiles`);
    try {
      await checkArchiveFile(file);
      statuses[name] = 'ok';
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      if (name in REQUIRED_ARCHIVES) throw new DataFileError(displayPath(file), null, detail, REQUIRED_ARCHIVES[name]);
      statuses[name] = `unreadable: ${detail}`;
    }
  }
  return statuses;
}

/** The /api/health body: "ok" when every archive is, "degraded" (still 200: the atlas serves) otherwise. */
export function healthReport(statuses: ArchiveStatuses): { status: 'ok' | 'degraded'; archives: ArchiveStatuses } {
  const degraded = Object.values(statuses).some((status) => status !== 'ok');
  return { status: degraded ? 'degraded' : 'ok', archives: statuses };
}
