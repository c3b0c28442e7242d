import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportState } from './export-state';
import { importState } from './import-state';
import { ConflictError, ValidationError } from './storage-errors';
import { newLab } from './testing/place-fixtures';
import { ENGINES, openTestStorage } from './testing/test-databases';

const editor = { by: 'editor-a', reason: 'backup test' };

function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full), fs.readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

describe.each(ENGINES)('export and import (%s)', (engine) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-backup-'));
  let source: Awaited<ReturnType<typeof openTestStorage>>;
  beforeAll(async () => {
    source = await openTestStorage(engine);
    // a history with every kind of write
    await source.createPlace(editor, newLab('backup-lab', '备份实验室'));
    await source.patchPlace(editor, 'wuzhen-light', { properties: { status: 'planned', notes: '改了' } }, 1);
    await source.createPlace(editor, newLab('short-lived', '短命实验室'));
    await source.retirePlace(editor, 'short-lived', 1);
    await source.addMention(editor, { passageId: 'doc-000-p001', start: 0, end: 2, featureId: 'backup-lab', text: '乌镇' });
    await source.rejectMention(editor, { passageId: 'doc-000-p002', start: 0, end: 2, featureId: 'wuzhen', text: '乌镇' });
  });
  afterAll(async () => {
    await source?.dispose();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('round-trips: export → import into a fresh database → export is byte-identical, versions kept', async () => {
    const first = path.join(root, 'first');
    const summary = await exportState(source.db, first);
    expect(summary.files).toContain('places/innovation.geojson');
    const innovation = JSON.parse(fs.readFileSync(path.join(first, 'places/innovation.geojson'), 'utf8'));
    expect(innovation.features.map((f: { id: string }) => f.id)).toContain('backup-lab');
    expect(fs.readFileSync(path.join(first, 'places/innovation.geojson'), 'utf8')).toMatch(/"coordinates": \[120\.49, 30\.74\]/);

    const restored = await openTestStorage(engine, { seed: false });
    try {
      const imported = await importState(restored.db, first);
      expect(imported.changed).toEqual([]);
      expect(imported.retired).toBe(1);
      const second = path.join(root, 'second');
      await exportState(restored.db, second);
      expect(filesOf(second)).toEqual(filesOf(first));

      const [before, after] = [await source.loadCuratedState(), await restored.loadCuratedState()];
      expect(after.versions).toEqual(before.versions);
      expect(after.records).toEqual(before.records);
      expect(after.mentionDecisions).toEqual(before.mentionDecisions);
      // the retired place comes back with its history, and new history continues after the restored
      const back = await restored.revertPlace(editor, 'short-lived', 1, 2);
      expect(back.version).toBe(3);
      expect((await restored.readHistory('short-lived'))!.map((h) => h.action)).toEqual(['revert', 'retire', 'create']);
      await expect(importState(restored.db, first)).rejects.toBeInstanceOf(ConflictError);
    } finally {
      await restored.dispose();
    }
  });

  it('takes a layer file edited by hand as a change with a new version, and refuses a bad one whole', async () => {
    const dir = path.join(root, 'edited');
    await exportState(source.db, dir);
    const file = path.join(dir, 'places/innovation.geojson');
    const collection = JSON.parse(fs.readFileSync(file, 'utf8'));
    collection.features.find((f: { id: string }) => f.id === 'backup-lab').properties.status = 'existing';
    fs.writeFileSync(file, JSON.stringify(collection));

    const restored = await openTestStorage(engine, { seed: false });
    try {
      const imported = await importState(restored.db, dir, 'curator');
      expect(imported.changed).toEqual(['backup-lab']);
      expect((await restored.readPlace('backup-lab'))!).toMatchObject({ version: 2, feature: { properties: { status: 'existing' } } });
      expect((await restored.readHistory('backup-lab'))![0]).toMatchObject({ action: 'import', by: 'curator', before: { properties: { status: 'planned' } } });
    } finally {
      await restored.dispose();
    }

    collection.features.find((f: { id: string }) => f.id === 'backup-lab').geometry.coordinates = [30.74, 120.49];
    fs.writeFileSync(file, JSON.stringify(collection));
    const empty = await openTestStorage(engine, { seed: false });
    try {
      await expect(importState(empty.db, dir)).rejects.toBeInstanceOf(ValidationError);
      expect(await empty.db.query('SELECT 1 FROM history')).toEqual([]);
    } finally {
      await empty.dispose();
    }
  });
});
