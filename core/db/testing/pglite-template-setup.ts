/**
 * Vitest global setup: the embedded database's initdb template is made once before any test file
 * runs, not by several servers at once on a fresh clone (pglite-template.ts).
 */
import { pgliteTemplate } from '../pglite-template';

export default async function setup(): Promise<void> {
  await pgliteTemplate();
}
