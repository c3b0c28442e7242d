/**
 * The JavaScript a first visit must download before the map can start: the entry chunk and
 * everything it imports statically (Vite's manifest), gzip -9 as a precompressing server would
 * send it. Lazy chunks (dynamic imports) and MapLibre's worker are counted apart.
 *
 * "Our code" vs vendor: each chunk's gzip size is shared among its modules in proportion to
 * their own gzip size (modules are minified together, so only the chunk total is exact).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { REPO_ROOT } from '../../api/src/config';

export const BUNDLE_BUDGET = {
  /** all initial JS, gzip bytes (kB = 1000 bytes, as Vite prints) */
  initialJsGzip: 350_000,
  /** our own modules within it */
  ownCodeGzip: 80_000,
};

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface PackageShare {
  /** an npm package name, or "our code" */
  name: string;
  gzipBytes: number;
}

export interface BundleReport {
  initial: FileSize[];
  initialGzip: number;
  ownGzip: number;
  vendorGzip: number;
  /** initial gzip bytes by package, largest first */
  packages: PackageShare[];
  /** loaded later, on demand */
  lazy: FileSize[];
  /** MapLibre's worker: fetched when the map starts, parsed off the main thread */
  workers: FileSize[];
}

interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  assets?: string[];
}

const OUR_CODE = 'our code';

export function packageOf(moduleId: string): string {
  const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(moduleId);
  if (match) return match[1].replace(/\\/g, '/');
  // Vite's own runtime helpers (preload) are not ours
  if (moduleId.startsWith('\0') || moduleId.includes('vite/')) return 'vite (runtime)';
  return OUR_CODE;
}

const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Per chunk file: each package's share of the module code, by gzip size of its modules. */
function moduleSharesPlugin(shares: Map<string, Map<string, number>>): Plugin {
  return {
    name: 'atlas-module-shares',
    generateBundle(_options, bundle) {
      for (const [file, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        const byPackage = new Map<string, number>();
        for (const [id, module] of Object.entries(output.modules)) {
          const code = (module as { code?: string | null }).code ?? '';
          if (!code) continue;
          const name = packageOf(id);
          byPackage.set(name, (byPackage.get(name) ?? 0) + gzipSize(code));
        }
        shares.set(file, byPackage);
      }
    },
  };
}

function sizeOf(distDir: string, file: string): FileSize {
  const bytes = fs.readFileSync(path.join(distDir, file));
  return { file, bytes: bytes.length, gzipBytes: gzipSize(bytes) };
}

/** The entry's static import closure, its dynamic imports, and worker assets, from the manifest. */
export function readManifest(distDir: string): { initial: string[]; lazy: string[]; workers: string[] } {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error(`no entry in ${distDir}/.vite/manifest.json`);
  const initial = new Set<string>();
  const visit = (key: string) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  visit(entry);
  const lazy = new Set<string>();
  for (const key of initial) for (const dynamic of manifest[key].dynamicImports ?? []) if (!initial.has(dynamic)) lazy.add(dynamic);
  const workers = new Set<string>();
  for (const chunk of Object.values(manifest)) for (const asset of chunk.assets ?? []) if (/worker.*\.m?js$/.test(asset)) workers.add(asset);
  return { initial: [...initial].map((k) => manifest[k].file), lazy: [...lazy].map((k) => manifest[k].file), workers: [...workers] };
}

/** Builds the web app into `outDir` (with the manifest) and measures what a first visit loads. */
export async function measureBundle(outDir: string): Promise<BundleReport> {
  const shares = new Map<string, Map<string, number>>();
  // Vite lets NODE_ENV win over the mode: under vitest (NODE_ENV=test) it would bundle React's
  // development build, twice the size of what users get
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(REPO_ROOT, 'web/vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: true },
      plugins: [moduleSharesPlugin(shares)],
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const files = readManifest(outDir);
  const initial = files.initial.map((file) => sizeOf(outDir, file));
  const byPackage = new Map<string, number>();
  for (const size of initial) {
    const chunkShares = shares.get(size.file) ?? new Map([[OUR_CODE, 1]]);
    const total = [...chunkShares.values()].reduce((a, b) => a + b, 0) || 1;
    for (const [name, share] of chunkShares) byPackage.set(name, (byPackage.get(name) ?? 0) + (size.gzipBytes * share) / total);
  }
  const initialGzip = initial.reduce((n, f) => n + f.gzipBytes, 0);
  const ownGzip = Math.round(byPackage.get(OUR_CODE) ?? 0);
  return {
    initial,
    initialGzip,
    ownGzip,
    vendorGzip: initialGzip - ownGzip,
    packages: [...byPackage].map(([name, gzipBytes]) => ({ name, gzipBytes: Math.round(gzipBytes) })).sort((a, b) => b.gzipBytes - a.gzipBytes),
    lazy: files.lazy.map((file) => sizeOf(outDir, file)),
    workers: files.workers.map((file) => sizeOf(outDir, file)),
  };
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
