/**
 * The one way the atlas reads a JSON data file: read → parse → validate against a zod schema.
 * Every failure is a DataFileError whose message is one line naming the file, the record or key
 * (with its line in the file) and what to do — the line start-up prints.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';

export class DataFileError extends Error {
  constructor(
    /** the file as the message shows it */
    readonly file: string,
    /** the record or key the problem is in (`record "wuzhen-light"`, `layers.3.group`), or null for the whole file */
    readonly key: string | null,
    readonly detail: string,
    /** what to do about it, in a few words */
    readonly fix: string,
  ) {
    super(`${file}${key === null ? '' : ` ${key}`}: ${detail}${fix ? `; ${fix}` : ''}`);
    this.name = new.target.name;
  }
}

/** Where in the file a schema issue is, as a record name and the rest of the key path. */
export interface RecordName {
  /** e.g. `record "wuzhen-light"` or `override #3` */
  key: string;
  /** the path inside that record, e.g. ['properties', 'status'] */
  rest: PropertyKey[];
}

export interface DataFileOptions {
  /** how the file is named in messages (default: relative to the working directory when inside it) */
  name?: string;
  /** the setting that chooses this file, named when it is missing (e.g. "LAYERS_FILE") */
  setting?: string;
  /** names the record an issue path points into; without it the key is the path itself */
  recordOf?: (issuePath: readonly PropertyKey[], json: unknown) => RecordName | null;
  /** what to do about a value the schema refuses */
  fix?: string;
}

/** `file` parsed and validated; throws a DataFileError for a missing, unreadable, malformed or invalid file. */
export function readDataFile<S extends z.ZodType>(file: string, schema: S, options: DataFileOptions = {}): z.output<S> {
  return parseDataText(readDataText(file, options), schema, { ...options, name: options.name ?? displayPath(file) });
}

/** The text of a data file, with the same named errors for a missing file, a folder or no permission. */
export function readDataText(file: string, options: Pick<DataFileOptions, 'name' | 'setting'> = {}): string {
  const name = options.name ?? displayPath(file);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      // inside the working copy git has it; elsewhere only the setting can point at the right one
      const restore = path.isAbsolute(name) ? 'restore it' : `restore it (git checkout -- ${name})`;
      throw new DataFileError(name, null, 'does not exist', options.setting ? `${restore} or set ${options.setting} to the right file` : restore);
    }
    if (code === 'EISDIR') throw new DataFileError(name, null, 'is a folder, not a file', 'put the JSON file back in its place');
    if (code === 'EACCES' || code === 'EPERM') throw new DataFileError(name, null, 'cannot be read (permission denied)', "let the server's user read it");
    throw new DataFileError(name, null, `cannot be read (${(error as Error).message})`, 'check the file');
  }
}

/** Parses and validates data-file text; `options.name` names it in errors. */
export function parseDataText<S extends z.ZodType>(text: string, schema: S, options: DataFileOptions = {}): z.output<S> {
  const name = options.name ?? 'data';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DataFileError(name, null, `not valid JSON ${syntaxErrorAt(text)}`, 'fix the syntax there (a truncated file ends early: restore it from git)');
  }
  return validateData(json, schema, { ...options, name }, text);
}

/** Validates already-parsed data (e.g. built in a test) with the same named errors as a file. */
export function validateData<S extends z.ZodType>(json: unknown, schema: S, options: DataFileOptions = {}, text?: string): z.output<S> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const named = options.recordOf?.(issue.path, json) ?? null;
  const line = text === undefined ? null : lineOfKey(text, issue.path);
  const at = line === null ? '' : ` (line ${line})`;
  const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : '';
  const rest = (named ? named.rest : issue.path).map(String).join('.');
  const key = named ? `${named.key}${at}` : rest ? `${rest}${at}` : null;
  const detail = `${named && rest ? `${rest}: ` : ''}${issue.message}${more}`;
  throw new DataFileError(options.name ?? 'data', key, detail, options.fix ?? 'correct the value');
}

/** "at line 3, column 7 (unexpected end of the file)": from V8's position when it gives one, else from a JSON scanner. */
function syntaxErrorAt(text: string): string {
  if (text.trim() === '') return '(the file is empty)';
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  // cut inside a string or before a closing bracket: point at where the text stops
  const endsEarly = !first || printParseErrorCode(first.error).startsWith('UnexpectedEnd') || first.offset >= text.trimEnd().length;
  const offset = endsEarly ? text.trimEnd().length : first.offset;
  const { line, column } = lineAndColumn(text, offset);
  return `at line ${line}, column ${column} (${endsEarly ? 'the file ends early' : describeParseError(first)})`;
}

function describeParseError(error: ParseError): string {
  // InvalidSymbol → "invalid symbol"
  return printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/** The line where the value at `keyPath` (or its nearest existing parent) starts; null when unknown. */
function lineOfKey(text: string, keyPath: readonly PropertyKey[]): number | null {
  const tree = parseTree(text);
  if (!tree) return null;
  const segments = keyPath.filter((k): k is string | number => typeof k !== 'symbol');
  for (let n = segments.length; n >= 0; n -= 1) {
    const node = findNodeAtLocation(tree, segments.slice(0, n));
    if (node) return lineAndColumn(text, node.offset).line;
  }
  return null;
}

/** Relative to the working directory when inside it (geodata/layers.json), absolute otherwise. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/**
 * A `recordOf` for files holding a list under `listKey`: an issue in `listKey.3.reason` is in
 * the record `label(entry, 3)`, e.g. `override #4` or `record "wuzhen-light"`.
 */
export function recordsIn(listKey: string, label: (entry: unknown, index: number) => string): DataFileOptions['recordOf'] {
  return (issuePath, json) => {
    if (issuePath[0] !== listKey || typeof issuePath[1] !== 'number') return null;
    const list = (json as Record<string, unknown> | null)?.[listKey];
    const entry = Array.isArray(list) ? list[issuePath[1]] : undefined;
    return { key: label(entry, issuePath[1]), rest: issuePath.slice(2) };
  };
}
