/**
 * Editors at work, for the soak: each editor reads a place (its ETag), sends a JSON Merge Patch
 * of its notes with If-Match, and on 412 (another editor got there first) reads it again and
 * retries, as the web app does; then pauses. The editors share a few places, so they collide.
 * Every answer but 200 and 412 is an error. At the end, `lostEdits` compares each place's version
 * with the edits acknowledged on it: a write acknowledged and not kept would show there.
 */
import { pick, seededRandom } from '../../../core/testing/seeded-random';

export const EDIT_DEFAULTS = {
  editors: 2,
  /** ms an editor waits between two saved edits (jittered ±50 %) */
  pauseMs: 2000,
  /** tries per edit before it counts as an error (each 412 is one) */
  maxTries: 20,
  /** ms before an edit's request is given up (an error) */
  timeoutMs: 30_000,
  seed: 17,
};

export interface EditStats {
  /** PATCHes answered 200 */
  edits: number;
  /** PATCHes answered 412, each retried */
  conflicts: number;
  /** anything else: other statuses, network errors, timeouts, edits out of tries */
  errors: number;
  /** the first few errors, for the report */
  errorSamples: string[];
  /** ms from PATCH sent to its answer, for the saved edits */
  latencies: number[];
  /** saved edits per place */
  byFeature: Map<string, number>;
}

export interface EditTraffic {
  stats: EditStats;
  /** lets every editor finish the edit in hand, then resolves */
  stop(): Promise<EditStats>;
}

export interface EditOptions extends Partial<typeof EDIT_DEFAULTS> {
  origin: string;
  /** an editor's bearer token */
  token: string;
  /** the places the editors take turns on */
  featureIds: string[];
}

export function startEditors(options: EditOptions): EditTraffic {
  const { editors, pauseMs, maxTries, timeoutMs, seed } = { ...EDIT_DEFAULTS, ...options };
  const stats: EditStats = { edits: 0, conflicts: 0, errors: 0, errorSamples: [], latencies: [], byFeature: new Map() };
  let stopped = false;
  let wake: (() => void)[] = [];
  const fail = (what: string) => {
    stats.errors += 1;
    if (stats.errorSamples.length < 10) stats.errorSamples.push(what);
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake.push(() => (clearTimeout(timer), resolve()));
    });

  async function editOnce(editor: number, id: string, n: number): Promise<void> {
    for (let tries = 0; tries < maxTries; tries++) {
      const read = await fetch(`${options.origin}/api/features/${id}`, { signal: AbortSignal.timeout(timeoutMs) });
      await read.arrayBuffer();
      const etag = read.headers.get('etag');
      if (read.status !== 200 || !etag) return fail(`GET ${id}: ${read.status}`);
      const started = performance.now();
      const res = await fetch(`${options.origin}/api/features/${id}`, {
        method: 'PATCH',
        headers: {
          Authorization: `Bearer ${options.token}`,
          'If-Match': etag,
          'Content-Type': 'application/merge-patch+json',
          'X-Atlas-Reason': encodeURIComponent(`soak: editor ${editor}, edit ${n}`),
        },
        body: JSON.stringify({ properties: { notes: `Soak edit ${n} by editor ${editor}.` } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = await res.text();
      if (res.status === 200) {
        stats.edits += 1;
        stats.latencies.push(performance.now() - started);
        stats.byFeature.set(id, (stats.byFeature.get(id) ?? 0) + 1);
        return;
      }
      if (res.status !== 412) return fail(`PATCH ${id}: ${res.status} ${body.slice(0, 200)}`);
      stats.conflicts += 1;
    }
    fail(`PATCH ${id}: still 412 after ${maxTries} tries`);
  }

  async function editor(k: number): Promise<void> {
    const random = seededRandom(seed + k);
    for (let n = 1; !stopped; n++) {
      try {
        await editOnce(k, pick(random, options.featureIds), n);
      } catch (error) {
        fail(`editor ${k}: ${(error as Error).message}`);
      }
      if (!stopped) await sleep(pauseMs * (0.5 + random()));
    }
  }

  const running = Array.from({ length: editors }, (_, k) => editor(k + 1));
  return {
    stats,
    async stop() {
      stopped = true;
      for (const resolve of wake) resolve();
      wake = [];
      await Promise.all(running);
      return stats;
    },
  };
}

/** Each place's version (from its ETag, `"v<version>-r<revision>"`). */
export async function featureVersions(origin: string, ids: readonly string[]): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  for (const id of ids) {
    const res = await fetch(`${origin}/api/features/${id}`);
    await res.arrayBuffer();
    const version = /^(?:W\/)?"v(\d+)-/.exec(res.headers.get('etag') ?? '')?.[1];
    if (res.status !== 200 || !version) throw new Error(`GET /api/features/${id}: ${res.status}, ETag ${res.headers.get('etag')}`);
    versions.set(id, Number(version));
  }
  return versions;
}

/** Acknowledged edits not found in the places' versions (0 when nothing was lost). */
export function lostEdits(before: Map<string, number>, after: Map<string, number>, stats: EditStats): number {
  let lost = 0;
  // a place that could not be read back counts all its edits as lost
  for (const [id, start] of before) lost += Math.abs(start + (stats.byFeature.get(id) ?? 0) - (after.get(id) ?? start));
  return lost;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
