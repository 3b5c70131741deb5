import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { plain } from '../support/dist-files.ts';
import { frontmatter, makeTempProject, type TempProject } from '../support/temp-project.ts';

// npm run dev as an editor uses it: drafts and scheduled articles are previewed with a mark, and a mistake
// in a file shows up in the browser, in Russian, at its line, and goes away when the file is fixed.
const ARTICLE = 'content/poteryat-doverie-bossa.mdx';
let project: TempProject;
let dev: DevServer;
let browser: Browser;
let original: string;

beforeAll(async () => {
  project = makeTempProject();
  project.write('content/chernovik.mdx', `${frontmatter({ title: 'Черновик для проверки', draft: true, published: '2026-01' })}\nТекст черновика.\n`);
  project.write('content/budushchee.mdx', `${frontmatter({ title: 'Статья из будущего', published: '2099-01-01' })}\nТекст.\n`);
  // Broken before the server starts: dev must start anyway and say what is wrong.
  project.write('content/slomannaya.mdx', `${frontmatter().replace('title: "Тестовая статья"', 'title: Итоги: год')}\nТекст.\n`);
  original = readFileSync(path.join(project.root, ARTICLE), 'utf8');
  dev = await startDevServer(project.root);
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  dev?.stop();
  project?.dispose();
});

const fetchPage = async (url: string) => cheerio.load(await (await fetch(`${dev.origin}${url}`)).text());
const banner = (page: Page) => page.locator('.content-problems');

const VALID_SLOMANNAYA = `${frontmatter({ title: 'Итоги: год' })}\nТекст.\n`;

/** Every file as it should be, and the server agreeing: each test starts from a clean folder. */
async function allFixed(): Promise<void> {
  project.write('content/slomannaya.mdx', VALID_SLOMANNAYA);
  project.write(ARTICLE, original);
  await expect.poll(async () => (await fetchPage('/')).root().find('.content-problems').length, { timeout: 15_000 }).toBe(0);
}

/** The dev server's terminal said this once, in Russian, with no English error or stack trace around it. */
async function saidOnceInTerminal(message: string): Promise<void> {
  await expect.poll(() => dev.log().split(message).length - 1, { timeout: 5_000 }).toBe(1);
  expect(dev.log()).not.toMatch(/Failed to reload|\*\*|InvalidContentEntryDataError|YAMLException|MDXError|^\s+at /m);
}

/**
 * Opens a page as an editor's tab that has long been open: connected for live reload, and no reload
 * still on its way from an earlier edit (one arriving mid-reload would be missed by the reloading page).
 */
async function openLive(url: string): Promise<Page> {
  const page = await browser.newPage();
  let lastLoad = Date.now();
  page.on('load', () => (lastLoad = Date.now()));
  const connected = page.waitForEvent('console', { predicate: (message) => message.text().includes('[vite] connected'), timeout: 15_000 });
  await page.goto(`${dev.origin}${url}`);
  await connected;
  await expect.poll(() => Date.now() - lastLoad, { timeout: 15_000, interval: 200 }).toBeGreaterThan(1500);
  return page;
}

describe('previews in npm run dev', () => {
  it('lists the draft and the scheduled article on the front page, each with its mark', async () => {
    const $ = await fetchPage('/');
    const mark = (title: string) => $('.article-card').filter((_, el) => plain($(el).text()).includes(title)).find('.draft-mark').text();
    expect(mark('Черновик для проверки')).toBe('Черновик');
    expect(mark('Статья из будущего')).toBe('Запланировано');
  });

  it('shows the draft page with the mark', async () => {
    const $ = await fetchPage('/chernovik/');
    expect(plain($('h1').text())).toContain('Черновик для проверки');
    expect($('.draft-mark').text()).toBe('Черновик');
  });
});

describe('content errors in npm run dev', () => {
  it('starts with a broken file and names it on every page', async () => {
    const $ = await fetchPage('/');
    expect($('.content-problems[role="alert"] li').text()).toBe(
      'content/slomannaya.mdx:2: в значении поля title есть двоеточие с пробелом, и YAML принял его за новое поле. Возьмите значение в кавычки: title: "Итоги: год"',
    );
    project.write('content/slomannaya.mdx', VALID_SLOMANNAYA);
  });

  it('shows a field error in the open page at its line, and takes it away when the file is fixed, without a restart', async () => {
    await allFixed();
    const page = await openLive('/poteryat-doverie-bossa/');
    expect(await banner(page).count()).toBe(0);
    project.write(ARTICLE, original.replace(/^published: .*$/m, 'published: апрель 2025'));
    await banner(page).waitFor({ timeout: 15_000 });
    expect(await banner(page).getByRole('heading').textContent()).toBe('Ошибки в content/ (1) — на сайт это не попадёт, сборка остановится');
    expect(await banner(page).locator('li').textContent()).toBe(
      `${ARTICLE}:7: «апрель 2025» — не дата; ожидается ГГГГ-ММ или ГГГГ-ММ-ДД, например 2025-04 или 2025-04-15`,
    );
    await saidOnceInTerminal(`${ARTICLE}:7: «апрель 2025» — не дата`);
    project.write(ARTICLE, original);
    await banner(page).waitFor({ state: 'detached', timeout: 15_000 });
    expect(plain(await page.locator('.article__title').textContent() ?? '')).toContain('4 надежных способа');
    await page.close();
  });

  it('shows a YAML mistake in the open page as the banner, not an error screen', async () => {
    await allFixed();
    const page = await openLive('/poteryat-doverie-bossa/');
    project.write(ARTICLE, original.replace(/^title: .*$/m, 'title: Итоги: год'));
    await banner(page).waitFor({ timeout: 15_000 });
    await page.waitForTimeout(2000);
    expect(await banner(page).locator('li').textContent()).toBe(
      `${ARTICLE}:2: в значении поля title есть двоеточие с пробелом, и YAML принял его за новое поле. Возьмите значение в кавычки: title: "Итоги: год"`,
    );
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    await saidOnceInTerminal(`${ARTICLE}:2: в значении поля title есть двоеточие`);
    project.write(ARTICLE, original);
    await banner(page).waitFor({ state: 'detached', timeout: 15_000 });
    await page.close();
  });

  it('shows an MDX syntax error on the article page itself instead of a compiler screen', async () => {
    await allFixed();
    project.write(ARTICLE, `${original}\nСм. <https://example.org>.\n`);
    const line = `${original}\nСм.`.split('\n').length;
    await expect.poll(async () => (await fetchPage('/')).root().find('.content-problems').length, { timeout: 15_000 }).toBe(1);
    const page = await openLive('/poteryat-doverie-bossa/');
    expect(await banner(page).locator('li').textContent()).toBe(
      `${ARTICLE}:${line}: ссылка в угловых скобках <https://…> в MDX не работает. Напишите [текст ссылки](https://…)`,
    );
    expect(await page.getByText('Текст статьи не показан, пока в файле есть ошибки').count()).toBe(1);
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    await saidOnceInTerminal(`${ARTICLE}:${line}: ссылка в угловых скобках`);
    project.write(ARTICLE, original);
    await banner(page).waitFor({ state: 'detached', timeout: 15_000 });
    await page.close();
  });
});
