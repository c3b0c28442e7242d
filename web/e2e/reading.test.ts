/**
 * Issue 16's reading paths in a real browser: the reader's head stays in view, Esc closes panels,
 * opening a place takes the keyboard into its panel, story mode walks distinct places and writes
 * feature=, "only this document" ends with the reader, and both languages hold all the way
 * (curated text, claim terms, failed loads and searches).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testStore } from '../../api/test/support/test-app';
import { storySteps } from '../src/text/story-steps';
import { openPage, useHarness, waitForLayers } from './browser-harness';

const harness = useHarness();
const hashOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash);
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const panel = el.closest('.panel')!.getBoundingClientRect();
    return box.height > 0 && box.top >= panel.top - 1 && box.bottom <= panel.bottom + 1 && box.top >= 0 && box.bottom <= window.innerHeight;
  });

describe('reading a document', () => {
  it('keeps the head in view after opening a deep passage, and Esc closes the reader', async () => {
    const document = testStore().documents.find((d) => d.id === 'doc-002')!;
    const deep = document.passages[document.passages.length - 2];
    const { page, errors } = await openPage(harness(), `#passage=${deep.id}`, { width: 390, height: 844 });
    await page.locator(`.reader [data-passage-id="${deep.id}"]`).waitFor();
    await expect.poll(() => page.locator('.reader-body').evaluate((el) => el.scrollTop)).toBeGreaterThan(500);
    for (const selector of ['#reader-title', '.reader .close', '.reader-tools input[type=checkbox]', '.reader-tools > button']) {
      expect(await inView(page, selector), selector).toBe(true);
    }
    // the passage itself shows below the head, inside the scrolling text
    const shown = await page.locator(`.reader [data-passage-id="${deep.id}"]`).evaluate((el) => {
      const box = el.getBoundingClientRect();
      const body = el.closest('.reader-body')!.getBoundingClientRect();
      return box.bottom > body.top && box.top < body.bottom;
    });
    expect(shown).toBe(true);
    // the header names the document by its title, not the file it came from
    expect(await page.locator('.reader-head').textContent()).not.toContain(document.sourceFile);
    await page.keyboard.press('Escape');
    await page.locator('.reader').waitFor({ state: 'detached' });
    expect(hashOf(page)).not.toContain('passage=');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('walks distinct places in story mode, naming each stop and writing it to the address', async () => {
    const document = testStore().documents.find((d) => d.id === 'doc-002')!;
    const steps = storySteps(document.passages);
    const first = document.passages.find((p) => p.id === steps[0].passageId)!;
    const { page } = await openPage(harness(), `#passage=${first.id}`);
    await page.locator('.reader').waitFor();
    await waitForLayers(page);
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: /按阅读顺序游览地点|Walk the places/ }).click();
    for (let i = 0; i < 4; i += 1) {
      if (i > 0) await page.getByRole('button', { name: /下一处|Next/ }).click();
      const { featureId } = steps[i];
      await expect.poll(() => hashOf(page)).toContain(`feature=${featureId}`);
      const name = testStore().featureById.get(featureId)!.properties.name_zh;
      await page.locator('.story-stop', { hasText: name }).waitFor();
      if (i > 0) expect(featureId).not.toBe(steps[i - 1].featureId);
    }
    // stops replace the history entry: Back leaves the walk, not each stop
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.keyboard.press('Escape');
    await page.locator('.story-controls').waitFor({ state: 'detached' });
    expect(await page.locator('.reader').count()).toBe(1);
    await page.context().close();
  });

  it('ends "only this document\'s places" when the reader closes, and clears it from the address', async () => {
    const passage = testStore().documents.find((d) => d.id === 'doc-003')!.passages[3];
    const { page } = await openPage(harness(), `#passage=${passage.id}`);
    await page.locator('.reader').waitFor();
    await page.getByLabel(/只显示本文献提到的地点|only this document/).check();
    await expect.poll(() => hashOf(page)).toContain('doc=doc-003');
    await page.locator('.reader .close').click();
    await page.locator('.reader').waitFor({ state: 'detached' });
    expect(hashOf(page)).not.toMatch(/doc=|passage=/);
    await page.context().close();
  });
});

describe('opening a place', () => {
  it('moves the keyboard into its panel from search, and Esc closes it', async () => {
    const { page } = await openPage(harness());
    const box = page.getByRole('searchbox');
    await box.fill('乌镇之光');
    await page.getByRole('option').first().waitFor();
    await box.press('Enter');
    await page.locator('#feature-title').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feature-title');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.feature-panel')))).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('.feature-panel').waitFor({ state: 'detached' });
    expect(hashOf(page)).not.toContain('feature=');
    await page.context().close();
  });

  it('shows the curated text in Chinese, and the curated text and claim terms in English after switching', async () => {
    const p = testStore().featureById.get('wuzhen-academicians-home')!.properties;
    const { page } = await openPage(harness(), '#feature=wuzhen-academicians-home');
    // a place with no site says where its geometry comes from in its "where the documents place it" note
    const facts = page.locator('.feature-panel');
    await facts.getByText(p.geometrySource_zh!).waitFor();
    await page.locator('.lang-toggle').click();
    await facts.getByText(p.geometrySource).waitFor();
    const measures = page.locator('.claims-timeline .claim-measure');
    await measures.first().waitFor();
    const text = (await measures.allTextContents()).join(' ');
    expect(text).toContain('academicians');
    expect(text).not.toMatch(/\p{Script=Han}/u);
    await page.context().close();
  });
});

describe('failures, said in one language', () => {
  it('says a failed layer load in Chinese, without the browser\'s English, and a failed search too', async () => {
    const context = await harness().browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/api/layers', (route) => route.abort('connectionrefused'));
    await context.route('**/api/search?**', (route) => route.abort('connectionrefused'));
    const page = await context.newPage();
    await page.goto(`${harness().origin}/`);
    const banner = page.locator('.banner-error');
    await banner.getByText('图层未能加载').waitFor();
    expect(await banner.textContent()).not.toMatch(/Failed to fetch|[A-Za-z]{4,}/);
    await page.getByRole('searchbox').fill('乌镇');
    const failed = page.locator('.search-error');
    await failed.getByText('搜索失败').waitFor();
    expect(await failed.textContent()).not.toMatch(/[A-Za-z]{4,}/);
    await context.unroute('**/api/search?**');
    await failed.getByRole('button', { name: '重试' }).click();
    await page.getByRole('option').first().waitFor();
    await context.close();
  });
});
