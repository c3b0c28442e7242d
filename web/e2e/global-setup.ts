/**
 * Before any test file runs (once, in the main process): build the web app if it is missing or
 * older than its sources, so parallel browser tests never race two builds into web/dist.
 */
import { REPO_ROOT } from '../../api/src/config';
// @ts-expect-error plain JS module shared with `npm start`
import { buildWeb, webBuildIsStale } from '../../scripts/web-build.mjs';

export default function setup(): void {
  if (webBuildIsStale(REPO_ROOT)) buildWeb(REPO_ROOT);
}
