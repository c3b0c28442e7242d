// Whether web/dist is older than the web app's sources, and how to rebuild it. Shared by
// `npm start` and the browser tests, so neither serves a stale build.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

// the app reads every datum from the API: no data file is an input of the build
const WEB_INPUTS = ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'types', 'package-lock.json'];

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

export function webBuildIsStale(root) {
  const builtIndex = path.join(root, 'web/dist/index.html');
  const builtAt = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;
  return builtAt < Math.max(...WEB_INPUTS.map((p) => newestMtime(path.join(root, p))));
}

export function buildWeb(root) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts'], {
    cwd: root,
    stdio: 'inherit',
    // test runners set NODE_ENV=test; the app is always built as it ships
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`vite build failed with status ${result.status}`);
}
