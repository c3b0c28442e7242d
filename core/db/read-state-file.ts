/**
 * Reading a backup's JSON files (atlas import): a file that is missing gives `missing`; one that is
 * not JSON, or not of its schema, is refused naming the file and what is wrong, before anything is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ValidationError } from './storage-errors';

export function readJson<T>(file: string, schema: z.ZodType<T>, missing: T): T {
  if (!fs.existsSync(file)) return missing;
  const parsed = schema.safeParse(parseJson(fs.readFileSync(file, 'utf8'), path.basename(file)));
  if (!parsed.success) throw new ValidationError(path.basename(file), parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`));
  return parsed.data;
}

export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ValidationError(where, [`not valid JSON (${(error as Error).message})`]);
  }
}
