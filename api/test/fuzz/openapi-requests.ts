/**
 * fast-check arbitraries for requests built from the served OpenAPI document: every GET
 * operation, every parameter filled from the data (valid), from its schema (in and out of
 * range), or with hostile text (any code point, huge, percent junk, traversal); parameters
 * left out, repeated and invented. Each request knows whether it was entirely valid.
 */
import fc from 'fast-check';
import type { Schema } from './schema-check';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  path: string;
  parameters: Parameter[];
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

/** Values the data says are real, by parameter name (ids, names, enum members). */
export type KnownValues = Record<string, string[]>;

interface Value {
  text: string | undefined;
  valid: boolean;
}

export interface GeneratedRequest {
  operation: Operation;
  method: 'GET' | 'HEAD';
  target: string;
  headers: Record<string, string>;
  /** every parameter valid, none invented or repeated: the answer must be 200 (or 304) */
  valid: boolean;
}

export function operationsOf(document: { paths: Record<string, Record<string, Omit<Operation, 'path'>>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    methods.get ? [{ path, parameters: methods.get.parameters ?? [], responses: methods.get.responses ?? {} }] : [],
  );
}

/** Percent-encodes UTF-8 bytes of `text` except unreserved characters (lone surrogates become U+FFFD). */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom('', ' ', '\u0000', '\uFEFF', '\uD800', '..', '../../etc/passwd', '%', '%zz', '%ff', '%c0%ae', '<script>alert(1)</script>', "' OR 1=1 --", '${7*7}', '{{7*7}}', '__proto__', 'constructor', 'NaN', '-1', '1e309', '0x10', '9'.repeat(400)),
  fc.tuple(fc.constantFrom('a', '乌', '%', '.', ',', '\u200b'), fc.integer({ min: 200, max: 5000 })).map(([c, n]) => c.repeat(n)),
);

function schemaValue(schema: Schema | undefined): fc.Arbitrary<Value> {
  if (!schema) return hostileText.map((text) => ({ text, valid: false }));
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as string[])).map((v) => ({ text: String(v), valid: true }));
  if (schema.type === 'integer') {
    const min = typeof schema.minimum === 'number' ? schema.minimum : 0;
    const max = typeof schema.maximum === 'number' ? schema.maximum : 1000;
    return fc.oneof(
      fc.integer({ min, max }).map((n) => ({ text: String(n), valid: true })),
      fc.oneof(fc.integer({ min: min - 1000, max: min - 1 }), fc.integer({ min: max + 1, max: max + 10_000 })).map((n) => ({ text: String(n), valid: false })),
      fc.constantFrom('1.5', '1e2', ' 5', '+5', '0x5', '٣', 'Infinity').map((text) => ({ text, valid: false })),
    );
  }
  if (typeof schema.pattern === 'string') {
    // matches the pattern, but names nothing real: valid syntax, usually 404
    return fc.stringMatching(new RegExp(schema.pattern)).map((text) => ({ text, valid: false }));
  }
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : 100;
  return fc.string({ unit: 'grapheme', minLength: 1, maxLength: maxLength + 20 }).map((text) => ({ text, valid: false }));
}

function parameterValue(parameter: Parameter, known: KnownValues): fc.Arbitrary<Value> {
  const real = known[parameter.name] ?? [];
  const options: Array<fc.WeightedArbitrary<Value>> = [
    { weight: 3, arbitrary: schemaValue(parameter.schema) },
    { weight: 2, arbitrary: hostileText.map((text) => ({ text, valid: false })) },
  ];
  if (real.length > 0) {
    options.push({ weight: 5, arbitrary: fc.constantFrom(...real).map((text) => ({ text, valid: true })) });
    // comma lists are how list parameters (layers, status, …) are written
    options.push({ weight: 1, arbitrary: fc.uniqueArray(fc.constantFrom(...real), { minLength: 1, maxLength: 3 }).map((values) => ({ text: values.join(','), valid: false })) });
  }
  if (parameter.in !== 'path') options.push({ weight: 1, arbitrary: fc.constant({ text: undefined, valid: !parameter.required }) });
  return fc.oneof(...options);
}

const headerSets: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'Accept-Encoding': fc.constantFrom('gzip', 'gzip, deflate, br', 'identity', '*', 'gzip;q=0', 'br', '', 'x'.repeat(2000)),
    Accept: fc.constantFrom('application/json', '*/*', 'text/html', 'application/xml', ''),
    'If-None-Match': fc.constantFrom('*', '"nope"', 'W/"x"', '""', '"a", "b"', 'garbage', '"'.repeat(500)),
    Origin: fc.constantFrom('https://example.org', 'null'),
  },
  { requiredKeys: [] },
);

const extraQuery: fc.Arbitrary<string> = fc.constantFrom(
  'x=1',
  '__proto__=1',
  'constructor=1',
  'toString=x',
  'q[]=a',
  'q[a]=b',
  '=',
  '&&&',
  'a',
  '%',
  '%zz=1',
  'q=%ff',
  'limit=1&limit=2',
);

export function requestArbitrary(operation: Operation, known: KnownValues): fc.Arbitrary<GeneratedRequest> {
  const values = operation.parameters.filter((p) => p.in !== 'header').map((p) => parameterValue(p, known));
  return fc
    .tuple(fc.tuple(...values), fc.constantFrom<'GET' | 'HEAD'>('GET', 'GET', 'GET', 'HEAD'), headerSets, fc.option(extraQuery, { freq: 6 }), fc.boolean())
    .map(([filled, method, headers, extra, encodeAll]) => {
      let path = operation.path;
      const query: string[] = [];
      let valid = extra === null;
      operation.parameters
        .filter((p) => p.in !== 'header')
        .forEach((parameter, i) => {
          const value = filled[i];
          valid &&= value.valid;
          if (value.text === undefined) return;
          // encoded like a browser, or only what HTTP cannot carry raw (a stray % stays: bad percent-encoding)
          const text = encodeAll ? percentEncode(value.text) : value.text.replace(/[^\x21-\x7e]|[#?&]/gu, (c) => percentEncode(c));
          if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, text);
          else query.push(`${parameter.name}=${text}`);
        });
      if (extra) query.push(extra);
      // If-None-Match: * matches any current representation: a valid request then answers 304
      return { operation, method, target: query.length ? `${path}?${query.join('&')}` : path, headers, valid };
    });
}
