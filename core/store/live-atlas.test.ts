import { describe, expect, it } from 'vitest';
import type { AtlasStore } from './atlas-store';
import { LiveAtlas } from './live-atlas';

/** A database whose revision the test moves, and rebuilds that finish when the test says so. */
function harness() {
  let databaseRevision = 1;
  const pending: (() => void)[] = [];
  let builds = 0;
  const rebuild = () => {
    builds += 1;
    // a rebuild reads the state when it starts
    const read = databaseRevision;
    return new Promise<AtlasStore>((resolve) => pending.push(() => resolve({ revision: read } as AtlasStore)));
  };
  const live = new LiveAtlas({ revision: 1 } as AtlasStore, rebuild);
  const finishNext = async () => {
    pending.shift()!();
    // let the promise chain settle
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  };
  return {
    live,
    write: () => (databaseRevision += 1),
    finishNext,
    builds: () => builds,
    pendingCount: () => pending.length,
  };
}

describe('LiveAtlas.refresh', () => {
  it('a later notice joining a queued rebuild is not dropped when the first notice is met', async () => {
    const h = harness();
    h.write(); // revision 2 committed
    const first = h.live.refresh(); // a rebuild reading revision 2
    const second = h.live.refresh(2); // revision 2's notice arrives while it runs: queued, must reach 2
    h.write(); // revision 3 committed
    const third = h.live.refresh(3); // joins the queue: must now reach 3
    await h.finishNext();
    await first;
    expect(h.live.revision).toBe(2);
    // revision 2 is met, revision 3 is not: the queued rebuild runs and reads 3
    expect(h.pendingCount()).toBe(1);
    await h.finishNext();
    await Promise.all([second, third]);
    expect(h.live.revision).toBe(3);
  });

  it('a caller without a revision joining the queue always gets a read made after its call', async () => {
    const h = harness();
    h.write();
    h.live.refresh(); // reads revision 2
    const queued = h.live.refresh(2);
    h.write(); // revision 3, whose notice has not arrived yet
    const fresh = h.live.refresh();
    await h.finishNext();
    await h.finishNext();
    await Promise.all([queued, fresh]);
    expect(h.live.revision).toBe(3);
    expect(h.builds()).toBe(2);
  });

  it('skips the queued rebuild when the running one already shows every notice', async () => {
    const h = harness();
    h.write();
    const running = h.live.refresh(); // reads revision 2
    const notice = h.live.refresh(2);
    await h.finishNext();
    await Promise.all([running, notice]);
    expect(h.live.revision).toBe(2);
    expect(h.builds()).toBe(1);
  });
});
