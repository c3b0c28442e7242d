/** The claims index over the real corpus and gazetteer, built once per test process. */
import type { Claim } from '../../../types/atlas';
import { testStore } from '../../testing/test-store';
import type { ClaimsIndex } from '../claims-index';

export function realClaims(): ClaimsIndex {
  return testStore().claims;
}

/** The claim of a passage whose text is `text` (the first, or the n-th). */
export function claimAt(passageId: string, text: string, nth = 1): Claim[] {
  const found = realClaims().claims.filter((c) => c.passageId === passageId && c.text === text);
  const starts = [...new Set(found.map((c) => c.start))].sort((a, b) => a - b);
  return found.filter((c) => c.start === starts[nth - 1]);
}
