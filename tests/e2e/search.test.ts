import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { buildSite } from '../support/build-site.ts';
import { launchChromium } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { distDir, FIXTURE_BUILD_DATE, TEST_SITE_URL } from '../support/paths.ts';
import { openReader, type ReaderPage } from '../support/reader.ts';
import { axeViolations } from '../support/axe.ts';
import type { SiteSession } from '../support/site-session.ts';
import { frontmatter, makeTempProject, type TempProject } from '../support/temp-project.ts';

// The seed article («надежных», «доверие»), one written here with ё and sections, and one with
// the same word spelled with е, built at the root and under a sub-path, as GitHub project pages serve it.
const YO_ARTICLE = `${frontmatter({ title: 'Ёлка и надёжный сотрудник', description: 'Статья с буквой ё для проверки поиска.', author: 'Мария Петрова', issue: 'Третий выпуск', published: '2025-05-10' })}
Вступление без заголовка.

## Ёлка в офисе

Ёлка стоит в углу переговорной, и всё идёт своим чередом.

## Надёжный сотрудник

Надёжный сотрудник приходит вовремя и держит слово.
`;
const YE_ARTICLE = `${frontmatter({ title: 'Друг', description: 'Статья о друге без буквы ё.', issue: 'Третий выпуск', published: '2025-05-01' })}
Надежный друг всегда рядом.
`;
const SEED = '/poteryat-doverie-bossa/';
const YO = '/yolka/';
const YE = '/drug/';
const PLANNING_ARTICLES = 12;

let project: TempProject;
const sites: Record<'root' | 'sub', SiteSession & { base: string }> = {} as never;

beforeAll(async () => {
  project = makeTempProject();
  project.write('content/yolka.mdx', YO_ARTICLE);
  project.write('content/drug.mdx', YE_ARTICLE);
  // More articles with one word than one screen of results shows.
  for (let i = 1; i <= PLANNING_ARTICLES; i++) {
    project.write(`content/planyorka-${i}.mdx`, `${frontmatter({ title: `Планёрка номер ${i}`, issue: 'Четвёртый выпуск', published: `2025-03-${String(i).padStart(2, '0')}` })}\nКороткая планёрка по понедельникам.\n`);
  }
  project.write('content/issues.yaml', `${readFileSync(path.join(project.root, 'content/issues.yaml'), 'utf8')}- number: 3\n  title: Третий выпуск\n  month: 2025-05\n- number: 4\n  title: Четвёртый выпуск\n  month: 2025-03\n`);
  for (const [name, base] of [['root', '/'], ['sub', '/sub/']] as const) {
    const outDir = distDir(`search-${name}`);
    const result = buildSite({ root: project.root, outDir, env: { SITE_URL: TEST_SITE_URL, BASE_PATH: base, BUILD_DATE: FIXTURE_BUILD_DATE } });
    expect(result.status, result.output).toBe(0);
    sites[name] = { base, server: await serveStatic(outDir, base), browser: undefined as never };
  }
  const browser = await launchChromium();
  sites.root.browser = browser;
  sites.sub.browser = browser;
});

afterAll(async () => {
  await sites.root?.browser?.close();
  for (const site of Object.values(sites)) await site.server?.close();
  project?.dispose();
});

interface SearchPage extends ReaderPage {
  violations(): Promise<string[]>;
}

/** A reader's page that records every Content-Security-Policy violation from the first script on. */
async function open(site: SiteSession, path: string, options: BrowserContextOptions = {}): Promise<SearchPage> {
  const reader = await openReader(site, { viewport: { width: 1280, height: 900 }, ...options });
  await reader.page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await reader.page.goto(site.server.origin + path);
  return { ...reader, violations: () => reader.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) };
}

/** Waits until the live region names this query, and returns what it says. */
async function statusFor(page: Page, query: string): Promise<string> {
  const status = page.locator('[data-search-status]');
  await page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(`«${q}»`), query);
  return (await status.textContent()) ?? '';
}

interface ShownResult {
  href: string;
  title: string;
  meta: string;
  marks: string[];
  sections: string[];
}

const shownResults = (page: Page): Promise<ShownResult[]> =>
  page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('h2 a')!.getAttribute('href')!,
      title: item.querySelector('h2')!.textContent!,
      meta: item.querySelector('.search-result__meta')?.textContent ?? '',
      marks: [...item.querySelectorAll('.search-result__excerpt mark')].map((mark) => mark.textContent!),
      sections: [...item.querySelectorAll('.search-result__sections a')].map((link) => link.getAttribute('href')!),
    })),
  );

for (const name of ['root', 'sub'] as const) {
  describe(`search at ${name === 'root' ? 'the root' : 'BASE_PATH=/sub/'}`, () => {
    const site = () => sites[name];
    const at = (path: string) => `${site().base}${path.slice(1)}`;

    it('finds the first article by another form of a word («доверия» → «доверие»), with its issue, author, excerpt and sections', async () => {
      const { page, context, problems, violations } = await open(site(), `${at('/poisk/')}?q=доверия`);
      expect(await statusFor(page, 'доверия')).toBe('Нашлась 1 статья по запросу «доверия»');
      const [first, ...rest] = await shownResults(page);
      expect(rest).toEqual([]);
      expect(first!.href).toBe(at(SEED));
      expect(first!.title).toBe('4 надежных способа потерять доверие вашего босса');
      expect(first!.meta).toBe('Второй выпуск · Anonim');
      expect(first!.marks.map((mark) => mark.toLowerCase())).toContain('доверие');
      expect(first!.sections.length).toBeGreaterThan(0);
      for (const section of first!.sections) expect(section).toMatch(new RegExp(`^${at(SEED)}#[a-z0-9-]+$`));
      // A section link lands on its heading.
      await page.locator('.search-result__sections a').first().click();
      await page.waitForURL(/#/);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(await page.locator(`[id="${id}"]`).evaluate((el) => el.tagName)).toMatch(/^H[23]$/);
      expect(await violations()).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('reads ё and е as one letter, both ways, and finds every form of an adjective from its dictionary form', async () => {
      const { page, context, problems, violations } = await open(site(), `${at('/poisk/')}?q=надежный`);
      await statusFor(page, 'надежный');
      // «надёжный» (ё), «Надежный» (е) and «надежных» (another form).
      expect((await shownResults(page)).map((r) => r.href).sort()).toEqual([at(YE), at(SEED), at(YO)].sort());
      const input = page.getByRole('searchbox', { name: 'Поиск по журналу' });
      await input.fill('надёжный');
      await statusFor(page, 'надёжный');
      expect((await shownResults(page)).map((r) => r.href).sort()).toEqual([at(YE), at(SEED), at(YO)].sort());
      expect(new URL(page.url()).searchParams.get('q')).toBe('надёжный');
      // Whole words as written, without the stemming in between: «Надежный» (е) is found by «надёжный» (ё) and back.
      await input.fill('"надёжный"');
      await statusFor(page, '"надёжный"');
      expect((await shownResults(page)).map((r) => r.href).sort()).toEqual([at(YE), at(YO)].sort());
      await input.fill('елка');
      await statusFor(page, 'елка');
      expect((await shownResults(page)).map((r) => r.href)).toEqual([at(YO)]);
      expect(await violations()).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('says in Russian that nothing was found, and shows every article instead', async () => {
      const { page, context, problems, violations } = await open(site(), `${at('/poisk/')}?q=эхолокация`);
      expect(await statusFor(page, 'эхолокация')).toBe('По запросу «эхолокация» ничего не нашлось. Попробуйте другое слово или посмотрите все статьи ниже.');
      expect(await shownResults(page)).toEqual([]);
      expect(await page.locator('[data-search-results]').isHidden()).toBe(true);
      expect(await page.locator('[data-search-browse]').isVisible()).toBe(true);
      // «вдохновение» is in no article; Pagefind falls back to «в», which is in all of them: that is no match either.
      await page.getByRole('searchbox').fill('вдохновение');
      expect(await statusFor(page, 'вдохновение')).toMatch(/^По запросу «вдохновение» ничего не нашлось/);
      expect(await violations()).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('loads nothing of Pagefind before the first query, and only its own files for one', async () => {
      const { page, context, problems } = await open(site(), at('/poisk/'));
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await page.waitForLoadState('networkidle');
      expect(fetched.filter((file) => file.includes('pagefind'))).toEqual([]);
      await page.getByRole('searchbox').fill('доверие');
      await statusFor(page, 'доверие');
      expect(fetched).toEqual(expect.arrayContaining([at('/pagefind/pagefind.js'), at('/pagefind/pagefind-entry.json'), at('/pagefind/wasm.ru.pagefind')]));
      expect(fetched.filter((file) => file.includes('worker'))).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('is reached from the form in any page’s header, and its first result by keyboard', async () => {
      const { page, context, problems, violations } = await open(site(), at(SEED));
      const header = page.locator('header.site-header form[role="search"]');
      expect(await header.getAttribute('action')).toBe(at('/poisk/'));
      await header.getByRole('searchbox', { name: 'Поиск по журналу' }).fill('доверия');
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${at('/poisk/')}?q=*`);
      await statusFor(page, 'доверия');
      // From the search field: past «Найти» to the first result.
      await page.getByRole('searchbox').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Найти');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(at(SEED));
      expect(await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${at(SEED)}`);
      expect(await violations()).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('announces the count in a live region when the reader types', async () => {
      const { page, context } = await open(site(), at('/poisk/'));
      const status = page.locator('[data-search-status]');
      expect(await status.getAttribute('role')).toBe('status');
      await page.getByRole('searchbox').pressSequentially('довер', { delay: 20 });
      expect(await statusFor(page, 'довер')).toMatch(/^Нашл\S+ \d+ стат\S+ по запросу «довер»$/);
      await context.close();
    });

    it('shows ten results, then the next ones on «Показать ещё», where focus moves', async () => {
      const { page, context, problems, violations } = await open(site(), `${at('/poisk/')}?q=планёрка`);
      expect(await statusFor(page, 'планёрка')).toBe(`Нашлось ${PLANNING_ARTICLES} статей по запросу «планёрка»`);
      expect(await shownResults(page)).toHaveLength(10);
      const more = page.getByRole('button', { name: 'Показать ещё' });
      await more.click();
      await page.waitForFunction((count) => document.querySelectorAll('.search-result').length === count, PLANNING_ARTICLES);
      expect(await more.isHidden()).toBe(true);
      const results = await shownResults(page);
      expect(new Set(results.map((r) => r.href)).size).toBe(PLANNING_ARTICLES);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(results[10]!.href);
      expect(await violations()).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        it(`passes axe with results shown, ${colorScheme}, ${width} px`, async () => {
          // bypassCSP lets the test inject axe; the page's own scripts are checked under the real policy above.
          const { page, context } = await open(site(), `${at('/poisk/')}?q=надежный`, { colorScheme, viewport: { width, height: 900 }, bypassCSP: true });
          await statusFor(page, 'надежный');
          expect(await axeViolations(page)).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
          await context.close();
        });
      }
    }
  });
}

describe('search page without JavaScript', () => {
  it('says search needs JavaScript and lists every article by issue', async () => {
    const { page, context, problems } = await openReader(sites.root, { javaScriptEnabled: false });
    await page.goto(`${sites.root.server.origin}/poisk/?q=доверия`);
    expect(await page.locator('main').textContent()).toContain('Поиск работает с включённым JavaScript.');
    const groups = await page.locator('.issue-list').evaluateAll((sections) =>
      sections.map((section) => [section.querySelector('h3')!.textContent, [...section.querySelectorAll('a')].map((a) => a.getAttribute('href'))]),
    );
    // Issues by number, newest first; each issue's articles oldest first, as the issue lists them.
    expect(groups).toEqual([
      ['Четвёртый выпуск', ['/vypusk/chetvyortiy-vypusk/', ...Array.from({ length: PLANNING_ARTICLES }, (_, i) => `/planyorka-${i + 1}/`)]],
      ['Третий выпуск', ['/vypusk/tretiy-vypusk/', YE, YO]],
      ['Второй выпуск', ['/vypusk/vtoroy-vypusk/', SEED]],
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
