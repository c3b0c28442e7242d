/**
 * One check of every API query string before any route runs: each key at most once, only the
 * keys the OpenAPI document lists for that path, and strict percent-encoded UTF-8. Node's
 * `querystring` (Express's "simple" parser) accepts all three quietly: `?q=a&q=b` becomes an
 * array, `%ff` a U+FFFD and `%zz` itself. Routes still check each value's form (validate.ts).
 */
import type { RequestHandler } from 'express';
import { BadParameterError } from './problem';

export interface QueryPair {
  key: string;
  value: string;
}

/** The query's pairs, decoded as `application/x-www-form-urlencoded`, or a 400 naming the fault. */
export function parseQueryString(query: string): QueryPair[] {
  const pairs: QueryPair[] = [];
  const seen = new Set<string>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const rawKey = equals === -1 ? part : part.slice(0, equals);
    const key = decodeComponent(rawKey, rawKey);
    const value = decodeComponent(equals === -1 ? '' : part.slice(equals + 1), key);
    if (seen.has(key)) throw new BadParameterError(shown(key), 'must be given once: repeated parameters are ambiguous.');
    seen.add(key);
    pairs.push({ key, value });
  }
  return pairs;
}

function decodeComponent(text: string, parameter: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new BadParameterError(shown(parameter), 'is not valid percent-encoded UTF-8.');
  }
}

function shown(key: string): string {
  return key.length > 40 ? `${key.slice(0, 40)}…` : key;
}

export interface QueryRule {
  /** matches the request path: an OpenAPI path template, `{name}` one segment */
  path: RegExp;
  /** per method (lower case; HEAD reads GET's), the query keys its operation takes */
  keys: ReadonlyMap<string, ReadonlySet<string>>;
}

type OpenApiOperation = { parameters?: ReadonlyArray<{ name: string; in: string }>; [field: string]: unknown };

interface OpenApiLike {
  paths: Record<string, Record<string, unknown>>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Per documented path and method, the query keys it takes: the document is the one list of them. */
export function queryRulesOf(document: OpenApiLike): QueryRule[] {
  return Object.entries(document.paths).map(([template, item]) => {
    const pattern = template
      .split(/(\{[^}]+\})/)
      .map((piece) => (piece.startsWith('{') ? '[^/]+' : piece.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
      .join('');
    // parameters may be declared for the whole path as well as per operation
    const shared = (item.parameters as OpenApiOperation['parameters']) ?? [];
    const keys = new Map<string, ReadonlySet<string>>();
    for (const method of METHODS) {
      const operation = item[method] as OpenApiOperation | undefined;
      if (!operation) continue;
      keys.set(method, new Set([...shared, ...(operation.parameters ?? [])].filter((p) => p.in === 'query').map((p) => p.name)));
    }
    return { path: new RegExp(`^${pattern}/?$`), keys };
  });
}

/** The keys `method` takes at `path`, or undefined when the document does not describe it. */
export function queryKeysFor(rules: QueryRule[], method: string, path: string): ReadonlySet<string> | undefined {
  const wanted = method.toLowerCase();
  const rule = rules.find((r) => r.path.test(path));
  return rule?.keys.get(wanted) ?? (wanted === 'head' ? rule?.keys.get('get') : undefined);
}

/**
 * The shared step, mounted before the API's routes. A path or method the document does not
 * describe is left to its route (or to answer 404); its query is still checked for repeats and
 * encoding.
 */
export function queryCheck(rules: QueryRule[]): RequestHandler {
  return (req, _res, next) => {
    const url = req.originalUrl;
    const at = url.indexOf('?');
    if (at === -1) return next();
    const pairs = parseQueryString(url.slice(at + 1));
    const keys = queryKeysFor(rules, req.method, req.baseUrl + req.path);
    const unknown = keys ? pairs.find(({ key }) => !keys.has(key)) : undefined;
    if (unknown) {
      const allowed = keys!.size > 0 ? `this path takes ${[...keys!].join(', ')}` : 'this path takes no parameters';
      throw new BadParameterError(shown(unknown.key), `is not a parameter here: ${allowed}.`);
    }
    next();
  };
}
