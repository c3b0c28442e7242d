/**
 * Just enough JSON Schema (the subset our OpenAPI document uses: $ref, type, const, enum,
 * required, properties, items, allOf) to check that a 200 answer has the promised shape.
 */

export type Schema = Record<string, unknown>;

export function schemaErrors(value: unknown, schema: Schema, root: Schema, at = '$', depth = 0): string[] {
  if (depth > 20) return [];
  if (typeof schema.$ref === 'string') return schemaErrors(value, resolveRef(schema.$ref, root), root, at, depth + 1);
  const errors: string[] = [];
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf as Schema[]) errors.push(...schemaErrors(value, part, root, at, depth + 1));
  if ('const' in schema && value !== schema.const) errors.push(`${at}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => isType(value, t))) {
      errors.push(`${at}: expected ${types.join('|')}, got ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`);
      return errors;
    }
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in object)) errors.push(`${at}: missing ${key}`);
    for (const [key, sub] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) {
      if (key in object) errors.push(...schemaErrors(object[key], sub, root, `${at}.${key}`, depth + 1));
    }
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => errors.push(...schemaErrors(item, schema.items as Schema, root, `${at}[${i}]`, depth + 1)));
  }
  return errors;
}

function isType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

function resolveRef(ref: string, root: Schema): Schema {
  let node: unknown = root;
  for (const part of ref.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown>)[part];
  if (!node || typeof node !== 'object') throw new Error(`unresolvable $ref ${ref}`);
  return node as Schema;
}
