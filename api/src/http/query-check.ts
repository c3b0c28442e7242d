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
  keys: ReadonlySet<string>;
}

interface OpenApiLike {
  paths: Record<string, { get?: { parameters?: ReadonlyArray<{ name: string; in: string }>; [field: string]: unknown }; [method: string]: unknown }>;
}

/** Per documented path, the query keys its GET takes: the document is the one list of them. */
export function queryRulesOf(document: OpenApiLike): QueryRule[] {
  return Object.entries(document.paths).map(([template, operations]) => {
    const parameters = operations.get?.parameters ?? [];
    const pattern = template
      .split(/(\{[^}]+\})/)
      .map((piece) => (piece.startsWith('{') ? '[^/]+' : piece.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
      .join('');
    return { path: new RegExp(`^${pattern}/?$`), keys: new Set(parameters.filter((p) => p.in === 'query').map((p) => p.name)) };
  });
}

/**
 * The shared step, mounted before the API's routes. A path no rule matches is left to answer
 * 404; its query is still checked for repeats and encoding.
 */
export function queryCheck(rules: QueryRule[]): RequestHandler {
  return (req, _res, next) => {
    const url = req.originalUrl;
    const at = url.indexOf('?');
    if (at === -1) return next();
    const pairs = parseQueryString(url.slice(at + 1));
    const path = req.baseUrl + req.path;
    const rule = rules.find((r) => r.path.test(path));
    const unknown = rule ? pairs.filter(({ key }) => !rule.keys.has(key)) : [];
    if (unknown.length > 0) {
      const allowed = rule!.keys.size > 0 ? `this path takes ${[...rule!.keys].join(', ')}` : 'this path takes no parameters';
      throw new BadParameterError(shown(unknown[0].key), `is not a parameter here: ${allowed}.`);
    }
    next();
  };
}
