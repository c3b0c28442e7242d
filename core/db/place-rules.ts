/**
 * The rules a place must pass before it is stored: the gazetteer's zod schema (fields, layer,
 * status, precision), the geometry checks `geodata:check` runs (family per layer, RFC 7946 shape,
 * region, decimals, self-intersection, plausible area, precision per family), and names the linker
 * can tell apart from every other place's. A failure throws ValidationError listing every problem.
 */
import type { GazetteerRecord } from '../../types/atlas';
import { gazetteerRecordSchema } from '../gazetteer/gazetteer-schema';
import { areaKm2, familyOf, geometryProblems } from '../gazetteer/geometry-checks';
import { AREA_LIMITS_KM2, LAYER_GEOMETRY, PRECISIONS_BY_FAMILY } from '../gazetteer/validate-gazetteer';
import { MIN_FORM_LENGTH } from '../linking/name-index';
import { searchForm, toSimplified } from '../text/script-convert';
import { ValidationError } from './storage-errors';

/** Parses and checks a candidate record against the other active places; returns it typed. */
export function validatePlace(candidate: unknown, others: readonly GazetteerRecord[]): GazetteerRecord {
  const subject = `place "${idOf(candidate)}"`;
  const parsed = gazetteerRecordSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new ValidationError(
      subject,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(feature)'}: ${issue.message}`),
    );
  }
  const record = parsed.data as GazetteerRecord;
  const problems = [...geometryRuleProblems(record), ...namingProblems(record, others)];
  if (problems.length > 0) throw new ValidationError(subject, problems);
  return record;
}

function geometryRuleProblems(record: GazetteerRecord): string[] {
  const { layer, precision } = record.properties;
  const expected = LAYER_GEOMETRY[layer];
  const family = familyOf(record.geometry);
  if (family !== expected) return [`geometry ${record.geometry.type} is not allowed in layer ${layer} (${expected} family only)`];
  const problems = geometryProblems(record.geometry).map((p) => `geometry: ${p}`);
  if (!PRECISIONS_BY_FAMILY[family].includes(precision)) {
    problems.push(`precision "${precision}" does not suit a ${family} (use ${PRECISIONS_BY_FAMILY[family].join(', ')})`);
  }
  const limits = AREA_LIMITS_KM2.byId[record.id] ?? AREA_LIMITS_KM2.byLayer[layer];
  if (family === 'Polygon' && limits && problems.length === 0) {
    const km2 = areaKm2(record.geometry);
    if (km2 < limits[0] || km2 > limits[1]) problems.push(`area ${km2.toFixed(1)} km² is outside the plausible ${limits[0]}–${limits[1]} km²`);
  }
  return problems;
}

/** The linker gives each written form to one place; a clash would silently move links. */
function namingProblems(record: GazetteerRecord, others: readonly GazetteerRecord[]): string[] {
  const problems: string[] = [];
  const owners = new Map<string, string>();
  for (const other of others) {
    if (other.id === record.id) continue;
    const p = other.properties;
    for (const name of [p.name_zh, ...p.aliases, ...(p.contextAliases ?? [])]) owners.set(searchForm(name), other.id);
  }
  const p = record.properties;
  const own = new Set<string>();
  for (const [name, contextual] of [
    ...[p.name_zh, ...p.aliases].map((n) => [n, false] as const),
    ...(p.contextAliases ?? []).map((n) => [n, true] as const),
  ]) {
    const form = searchForm(name);
    if (toSimplified(name) !== name) problems.push(`name "${name}" is not Simplified Chinese; store Simplified forms only`);
    if (contextual && form.length < MIN_FORM_LENGTH) problems.push(`context alias "${name}" is shorter than ${MIN_FORM_LENGTH} characters`);
    const owner = owners.get(form);
    if (owner) problems.push(`name "${name}" is already a name of "${owner}"`);
    if (own.has(form)) problems.push(`name "${name}" is repeated`);
    own.add(form);
  }
  return problems;
}

function idOf(candidate: unknown): string {
  const id = (candidate as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id.slice(0, 80) : '(no id)';
}
