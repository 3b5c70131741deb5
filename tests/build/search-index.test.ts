import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, defaultCacheDir } from '../support/build-site.ts';
import { sharedBuildLog } from '../support/global-build.ts';
import { distDir, fixtureContent, FIXTURE_BUILD_DATE, projectRoot, TEST_SITE_URL } from '../support/paths.ts';
import { htmlPages, fileHashes, listFiles, loadPage, readBuilt } from '../support/dist-files.ts';
import { indexedPages, readPagefindFile } from '../support/search-index.ts';

// The magazine fixture, built by the global setup: twelve published articles in three issues, a draft and an
// article scheduled for 2099. Built once more here, as the global setup did, for the byte-for-byte comparison
// (the one test that two clean builds of a whole site, cards and pictures drawn again, are identical).
const env = { SITE_URL: TEST_SITE_URL, BASE_PATH: '/', CONTENT_DIR: fixtureContent('magazine'), BUILD_DATE: FIXTURE_BUILD_DATE };
const first = distDir('magazine');
const second = distDir('search-index-again');
const result = { output: readFileSync(sharedBuildLog('magazine'), 'utf8') };

describe('search index built by npm run build', () => {
  it('is written to dist/pagefind/ with only what the search page loads', () => {
    expect(listFiles(first).filter((file) => file.startsWith('pagefind/') && !/\/(index|fragment)\//.test(file))).toEqual([
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      expect.stringMatching(/^pagefind\/pagefind\.ru_[0-9a-f]+\.pf_meta$/),
      'pagefind/wasm.ru.pagefind',
    ]);
    const entry = JSON.parse(readBuilt(first, 'pagefind/pagefind-entry.json'));
    expect(Object.keys(entry.languages)).toEqual(['ru']);
    expect(entry.languages.ru.page_count).toBe(12);
    expect(result.output).toMatch(/\[search-index\] индекс поиска: 12 статей, \d+ КБ, [\d.]+ с/);
  });

  it('holds the published articles, each with its title, issue and author', () => {
    const pages = indexedPages(first)!;
    expect(pages.map((page) => page.url).sort()).toEqual([
      '/chto-chitat/', '/doverie-v-komande/', '/itogi-goda/', '/my-notes/', '/novye-avtory/', '/o-redakcii/',
      '/pervye-shagi/', '/pismo-chitatelya/', '/plany/', '/poteryat-doverie-bossa/', '/staraya/', '/zhurnal-redakcii/',
    ]);
    const meta = (url: string) => pages.filter((page) => page.url === url).map((page) => [page.meta.title, page.meta.issue, page.meta.author])[0];
    expect(meta('/itogi-goda/')).toEqual(['Итоги года в\u00a0редакции', 'Третий выпуск', 'Мария Петрова']);
    expect(meta('/my-notes/')).toEqual(['Заметки редактора', 'Третий выпуск', 'Иван Сидоров']);
    expect(meta('/staraya/')).toEqual(['Старая статья в\u00a0Markdown', 'Первый выпуск', 'Anonim']);
  });

  it('takes the article’s text, description and byline, not the page chrome, TOC or article end', () => {
    const page = indexedPages(first)!.find((p) => p.url === '/itogi-goda/')!;
    expect(page.content).toContain('Год был долгим.');
    expect(page.content).toContain('Что редакция сделала за год');
    expect(page.content).toContain('Мария Петрова');
    expect(page.content).toContain('Третий выпуск');
    for (const chrome of ['Перейти к тексту', 'Поиск по журналу', 'Найти', 'Тёмная тема', 'Содержание', 'Наверх', 'Лента RSS', 'длинные статьи о работе и людях']) {
      expect(page.content, chrome).not.toContain(chrome);
    }
  });

  it('keeps the section headings’ self-links («#») out of the text, and the headings in it', () => {
    const withSections = indexedPages(first)!
      .map((page) => ({ page, $: loadPage(first, `${page.url.slice(1)}index.html`) }))
      .filter(({ $ }) => $('.heading__anchor').length > 0);
    expect(withSections.length).toBeGreaterThan(0);
    // Pagefind folds non-breaking spaces into plain ones.
    const plain = (text: string) => text.replace(/\s+/g, ' ');
    for (const { page, $ } of withSections) {
      expect(page.content, page.url).not.toMatch(/(?:^|\s)#(?:\s|$)/);
      for (const heading of $('.prose h2').map((_, h) => $(h).text()).get()) expect(plain(page.content), page.url).toContain(plain(heading));
    }
  });

  it('has no trace of the draft or the scheduled article, in pages or in the words of the index', () => {
    const pages = indexedPages(first)!;
    const everything = JSON.stringify(pages);
    expect(everything).not.toMatch(/chernovik|budushchee|Черновик|черновика|Статья из будущего|Запланированный/);
    const words = listFiles(first)
      .filter((file) => file.startsWith('pagefind/') && /\.pf_(index|meta)$/.test(file))
      .map((file) => readPagefindFile(path.join(first, file)).toString('utf8'))
      .join('\n');
    expect(words).toContain('редакц');
    expect(words).not.toMatch(/черновик|фотограф|будущ|запланир|сот(ый|ого)/);
  });

  it('is byte-identical in a second clean build, as is everything else', () => {
    const again = buildSite({ outDir: second, env });
    expect(again.status, again.output).toBe(0);
    const index = (all: Record<string, string>) => Object.keys(all).filter((file) => file.startsWith('pagefind/'));
    expect(index(fileHashes(second)).length).toBeGreaterThan(5);
    expect(fileHashes(second)).toEqual(fileHashes(first));
  });
});

describe('typesetting ahead of the compile', () => {
  it('sends, for each text of the articles it is given, the line the build would have written itself', () => {
    const files = ['plany.mdx', 'poteryat-doverie-bossa.mdx'].map((file) => path.join(projectRoot, fixtureContent('magazine'), file));
    const helper = spawnSync(process.execPath, [path.join(projectRoot, 'src/cli/typeset-ahead.ts')], {
      input: JSON.stringify({ files, memoFile: path.join(projectRoot, 'net-takogo-fayla.txt') }),
      encoding: 'utf8',
    });
    expect(helper.status, helper.stderr).toBe(0);
    const sent = new Map(helper.stdout.split('\n').filter(Boolean).map((line) => [line.split('\t')[0]!, JSON.parse(line.split('\t')[2]!) as string]));
    const memo = readFileSync(path.join(defaultCacheDir(first), 'typography.txt'), 'utf8').split('\n').slice(1).filter(Boolean);
    const built = new Map(memo.map((line) => [line.split('\t')[0]!, JSON.parse(line.split('\t')[2]!) as string]));
    expect(sent.size).toBeGreaterThan(20);
    expect([...sent.values()]).toContain('Летом мы\u00a0выпустим один большой номер.');
    // Every text sent is one the build typeset, and typeset the same way.
    for (const [key, value] of sent) expect(built.get(key), value).toBe(value);
  });
});

describe('search entry point on every page', () => {
  it('is a plain GET form to /poisk/ with a q field, and no script of the search page’s', () => {
    for (const page of htmlPages(first).filter((file) => file !== 'poisk/index.html')) {
      const $ = loadPage(first, page);
      const form = $('header.site-header form[role="search"]');
      expect(form.attr('action'), page).toBe('/poisk/');
      expect(form.attr('method') ?? 'get', page).toBe('get');
      expect(form.find('input[type="search"]').attr('name'), page).toBe('q');
      const html = readBuilt(first, page);
      expect(html, page).not.toContain('pagefind.js');
      expect(html, page).not.toContain('wasm-unsafe-eval');
      expect(html, page).not.toContain('data-search-bundle');
    }
  });

  it('is the search page’s own form there, with no second one in the header', () => {
    const $ = loadPage(first, 'poisk/index.html');
    expect($('form[role="search"]')).toHaveLength(1);
    expect($('header.site-header form')).toHaveLength(0);
    expect($('main form[role="search"]').attr('action')).toBe('/poisk/');
    expect($('[data-search]').attr('data-search-bundle')).toBe('/pagefind/pagefind.js');
  });

  it('lists every published article by issue on the search page, for readers without JavaScript', () => {
    const $ = loadPage(first, 'poisk/index.html');
    const groups = $('.issue-list').map((_, section) => [[$(section).find('h3').text(), $(section).find('a').map((__, a) => $(a).attr('href')).get()]]).get();
    // Newest issue first, each issue's articles in its order; the issue's title leads to its page.
    expect(groups).toEqual([
      ['Третий выпуск', ['/vypusk/tretiy-vypusk/', '/novye-avtory/', '/itogi-goda/', '/my-notes/', '/plany/']],
      ['Второй выпуск', ['/vypusk/vtoroy-vypusk/', '/poteryat-doverie-bossa/', '/zhurnal-redakcii/', '/doverie-v-komande/', '/chto-chitat/']],
      ['Первый выпуск', ['/vypusk/perviy-vypusk/', '/pervye-shagi/', '/staraya/', '/o-redakcii/', '/pismo-chitatelya/']],
    ]);
  });
});
