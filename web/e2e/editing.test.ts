/**
 * The editor's paths in a real Chromium over a real database: sign in, move a point and reshape a
 * zone with terra-draw (mouse drags), revert from the history, link a selection in the reader and
 * reject an automatic link, and see another editor's change arrive without a reload.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AtlasDocument, FeatureWithPassages } from '../../types/atlas';
import { openPage, waitForLayers } from './browser-harness';
import { EDITOR, useEditingHarness } from './editing-harness';

const harness = useEditingHarness();

const api = async <T>(path: string): Promise<T> => (await fetch(`${harness().origin}${path}`, { cache: 'no-store' })).json() as Promise<T>;

/**
 * The page, with its errors. Chromium logs every refused request as a failed resource: a
 * signed-out page asks GET /api/session and is told 401, and a test may expect a refusal (412).
 * Those are let through, by status, when every refusal with that status was expected.
 */
async function open(hash: string, expected: string[] = []): Promise<{ page: Page; errors: string[] }> {
  const record = await openPage(harness(), hash);
  const allowed = new Set(['401 GET /api/session', ...expected]);
  const refused: string[] = [];
  record.page.on('response', (response) => {
    if (response.status() >= 400) refused.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  return {
    page: record.page,
    get errors() {
      return record.errors.filter((e) => {
        const status = /status of (\d{3})/.exec(e)?.[1];
        const ofStatus = refused.filter((r) => r.startsWith(`${status} `));
        return !(status && ofStatus.length > 0 && ofStatus.every((r) => allowed.has(r)));
      });
    },
  };
}

async function signIn(page: Page): Promise<void> {
  await page.getByRole('button', { name: /编辑者登录|Editor sign-in/ }).click();
  await page.locator('.sign-in-form input[name=user]').fill(EDITOR.name);
  await page.locator('.sign-in-form input[name=password]').fill(EDITOR.password);
  await page.locator('.sign-in-form button[type=submit]').click();
  await page.locator('.sign-in .who').waitFor();
}

/** Waits until the map stands still, then gives a lon/lat's position on the page. */
async function pagePixel(page: Page, lonLat: number[]): Promise<{ x: number; y: number }> {
  await page.waitForFunction(() => !(window as unknown as { __atlasMap: { isMoving(): boolean } }).__atlasMap.isMoving());
  await page.waitForTimeout(150);
  const point = await page.evaluate((p) => (window as unknown as { __atlasMap: { project(p: number[]): { x: number; y: number } } }).__atlasMap.project(p), lonLat);
  const box = (await page.locator('.map canvas').boundingBox())!;
  return { x: box.x + point.x, y: box.y + point.y };
}

async function unproject(page: Page, at: { x: number; y: number }): Promise<number[]> {
  const box = (await page.locator('.map canvas').boundingBox())!;
  return page.evaluate((p) => {
    const ll = (window as unknown as { __atlasMap: { unproject(p: number[]): { lng: number; lat: number } } }).__atlasMap.unproject(p);
    return [ll.lng, ll.lat];
  }, [at.x - box.x, at.y - box.y]);
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8);
  await page.mouse.up();
}

async function openEditor(page: Page): Promise<void> {
  await page.locator('.panel-actions .edit').click();
  await page.locator('.place-editor select[name=status]').waitFor();
}

async function save(page: Page, reason: string): Promise<void> {
  await page.locator('.place-editor input[name=reason]').fill(reason);
  await page.locator('.place-editor button[type=submit]').click();
  await page.locator('.place-editor').waitFor({ state: 'detached' });
}

describe('editing in the browser', () => {
  it('signs in, moves a point by dragging it, and the API has the new coordinates after a reload', async () => {
    const before = await api<FeatureWithPassages>('/api/features/wuzhen-light');
    const lonLat = before.geometry.type === 'Point' ? before.geometry.coordinates : [];
    const { page, errors } = await open(`#map=15/${lonLat[1]}/${lonLat[0]}&feature=wuzhen-light&layers=innovation`);
    await waitForLayers(page);
    await signIn(page);
    await openEditor(page);
    await page.locator('.place-editor select[name=status]').selectOption('under_construction');
    await page.getByRole('button', { name: /在地图上移动|Move or reshape/ }).click();
    await page.locator('.geometry-edit .hint').waitFor();
    const from = await pagePixel(page, lonLat);
    const to = { x: from.x + 80, y: from.y + 50 };
    await drag(page, from, to);
    await page.getByTestId('geometry-changed').waitFor();
    const expected = await unproject(page, to);
    await save(page, '现场核实 checked on site');

    await page.reload();
    const after = await api<FeatureWithPassages>('/api/features/wuzhen-light');
    expect(after.properties.status).toBe('under_construction');
    const [lon, lat] = after.geometry.type === 'Point' ? after.geometry.coordinates : [];
    // within a few pixels of where the mouse let go (80 px at z15 is about 0.003°)
    expect(Math.abs(lon - expected[0])).toBeLessThan(5e-4);
    expect(Math.abs(lat - expected[1])).toBeLessThan(5e-4);
    expect(Math.abs(lon - lonLat[0])).toBeGreaterThan(1e-3);
    // the panel after the reload shows the new state
    await page.locator('.facts .status-under_construction').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reshapes a zone by dragging a vertex, then reverts it to the previous version from the history', async () => {
    const id = 'xiangjiadang-area';
    const before = await api<FeatureWithPassages>(`/api/features/${id}`);
    if (before.geometry.type !== 'Polygon') throw new Error('xiangjiadang-area is expected to be a polygon');
    const vertex = before.geometry.coordinates[0][1];
    const { page, errors } = await open(`#map=13/${vertex[1]}/${vertex[0]}&feature=${id}&layers=zones`);
    await waitForLayers(page);
    await signIn(page);
    await openEditor(page);
    await page.getByRole('button', { name: /在地图上移动|Move or reshape/ }).click();
    await page.locator('.geometry-edit .hint').waitFor();
    const from = await pagePixel(page, vertex);
    await drag(page, from, { x: from.x + 40, y: from.y - 30 });
    await page.getByTestId('geometry-changed').waitFor();
    await save(page, 'reshaped after the 2024 plan');

    const reshaped = await api<FeatureWithPassages>(`/api/features/${id}`);
    expect(reshaped.geometry).not.toEqual(before.geometry);

    await page.locator('.history summary').click();
    const entry = page.locator('.history-entry').first();
    await entry.locator('.history-diff').getByText('geometry').waitFor();
    expect(await entry.locator('.history-reason').textContent()).toContain('reshaped after the 2024 plan');
    await page.locator('.history input[name=revert-reason]').fill('the reshape was a mistake');
    await page.locator('.history-entry[data-version="1"] button').click();
    await page.locator('.history-entry.action-revert').first().waitFor();

    const reverted = await api<FeatureWithPassages>(`/api/features/${id}`);
    expect(reverted.geometry).toEqual(before.geometry);
    const history = await api<{ action: string; reason: string; by: string }[]>(`/api/features/${id}/history`);
    expect(history[0]).toMatchObject({ action: 'revert', reason: 'the reshape was a mistake', by: EDITOR.name });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('links a selection in the reader to a place, and rejects an automatic link', async () => {
    const light = await api<FeatureWithPassages>('/api/features/wuzhen-light');
    const passage = light.passages.find((p) => p.mentions.some((m) => m.origin === 'auto' && m.featureId === 'wuzhen-light'))!;
    const { page, errors } = await open(`#passage=${passage.id}`);
    await page.locator('.reader .passage.active').waitFor();
    await signIn(page);
    await page.getByLabel(/编辑链接|Edit links/).check();

    // select the first four characters of plain (unlinked) text in the passage
    const selected = await page.evaluate((id) => {
      const element = document.querySelector(`[data-passage-id="${id}"]`)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (node.parentElement?.closest('button') || text.trim().length < 4) continue;
        const at = text.length - text.trimStart().length;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 4);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return range.toString();
      }
      return null;
    }, passage.id);
    expect(selected).not.toBeNull();
    const box = page.locator('.link-editor input[type=search]');
    await box.fill('乌镇之光');
    await page.locator('.link-editor .result').first().click();
    await page.locator('.link-editor.hint').waitFor();

    const documentId = passage.documentId;
    let served = (await api<AtlasDocument>(`/api/documents/${documentId}`)).passages.find((p) => p.id === passage.id)!;
    const added = served.mentions.find((m) => m.origin === 'editor');
    expect(added).toMatchObject({ featureId: 'wuzhen-light' });
    expect(served.text.slice(added!.start, added!.end)).toBe(selected);
    // the reader shows the new link
    await page.locator(`[data-passage-id="${passage.id}"] .mention`).filter({ hasText: selected! }).first().waitFor();

    const auto = served.mentions.find((m) => m.origin === 'auto')!;
    const autoText = served.text.slice(auto.start, auto.end);
    await page.locator(`[data-passage-id="${passage.id}"] .mention[data-feature-id="${auto.featureId}"]`).filter({ hasText: autoText }).first().click();
    await page.locator('.link-editor .reject-link').click();
    await page.locator('.link-editor.hint').waitFor();
    served = (await api<AtlasDocument>(`/api/documents/${documentId}`)).passages.find((p) => p.id === passage.id)!;
    expect(served.mentions.find((m) => m.id === auto.id)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows another editor's change in the open page within seconds, without a reload", async () => {
    const { page, errors } = await open('#feature=wicc&layers=innovation', ['412 PATCH /api/features/wicc']);
    await page.locator('#feature-title').waitFor();
    // this editor has the place open for editing while the other one saves
    await signIn(page);
    await openEditor(page);
    await page.locator('.place-editor textarea[name=notes]').fill('my own note');
    // the English source changed while its Chinese twin stays as it was: the form says the twin would go
    await page.locator('.place-editor input[name=geometrySource]').fill('checked on site');
    await page.locator('#drop-geometrySource_zh').waitFor();
    await page.locator('.place-editor input[name=geometrySource_zh]').fill('现场核实');
    await page.locator('#drop-geometrySource_zh').waitFor({ state: 'detached' });
    // the page listens for changes before another editor makes one
    while (harness().changeStreams.size === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    const origin = harness().origin;
    const etag = (await fetch(`${origin}/api/features/wicc`)).headers.get('etag')!;
    const note = `Checked by another editor at ${Date.now()}`;
    const patched = await fetch(`${origin}/api/features/wicc`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${harness().otherToken}`, 'If-Match': etag, 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ properties: { notes: note, status: 'under_construction' } }),
    });
    expect(patched.status).toBe(200);
    // a few seconds: the rebuild after the write, the event, the place read again (more when loaded)
    await page.locator('.facts dd').filter({ hasText: note }).waitFor({ timeout: 10_000 });
    // the map's layer data follows too (it carries the map properties, status among them)
    await page.waitForFunction(
      () => {
        const map = (window as unknown as { __atlasMap: { querySourceFeatures(id: string): { properties: { id: string; status?: string } }[] } }).__atlasMap;
        return map.querySourceFeatures('atlas-innovation').some((f) => f.properties.id === 'wicc' && f.properties.status === 'under_construction');
      },
      undefined,
      { timeout: 10_000 },
    );

    // saving over the other editor's change is refused: the editor is told to reload, nothing is lost
    await page.locator('.place-editor input[name=reason]').fill('my reason');
    await page.locator('.place-editor button[type=submit]').click();
    await page.locator('.place-editor .stale').waitFor();
    expect((await api<FeatureWithPassages>('/api/features/wicc')).properties.notes).toBe(note);
    await page.locator('.place-editor .stale button').click();
    await page.locator('.place-editor .stale').waitFor({ state: 'detached' });
    expect(await page.locator('.place-editor textarea[name=notes]').inputValue()).toBe(note);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('falls back to polling /api/health when the change stream is refused', async () => {
    const { page, errors } = await open('#feature=global-roadshow-centre&layers=innovation', ['404 GET /api/changes']);
    // as behind a proxy that does not pass event streams
    await page.route('**/api/changes', (route) => route.fulfill({ status: 404, contentType: 'application/problem+json', body: '{}' }));
    // listen before the reload: the refused stream may be asked for before the panel shows
    const refused = page.waitForResponse((response) => response.url().endsWith('/api/changes') && response.status() === 404);
    await page.reload();
    await page.locator('#feature-title').waitFor();
    await refused;
    const origin = harness().origin;
    const etag = (await fetch(`${origin}/api/features/global-roadshow-centre`)).headers.get('etag')!;
    const note = `Polled at ${Date.now()}`;
    const patched = await fetch(`${origin}/api/features/global-roadshow-centre`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${harness().otherToken}`, 'If-Match': etag, 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ properties: { notes: note } }),
    });
    expect(patched.status).toBe(200);
    // a poll every 3 s, then the place read again: a few seconds, more on a loaded machine
    await page.locator('.facts dd').filter({ hasText: note }).waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
