import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { distDir } from '../support/paths.ts';
import { loadPage, listFiles, readBuilt } from '../support/dist-files.ts';
import { frontmatter, makeTempProject, type TempProject } from '../support/temp-project.ts';
import { pngSize } from '../../src/lib/cards/social-card.ts';

const LONG_TITLE = 'Очень длинный заголовок статьи, который редактор написал не подумав о том, как он будет выглядеть на телефоне, в поиске, в ленте и в карточке для соцсетей, и добавил еще слов';

describe('unusual but valid articles build into a correct site', () => {
  let project: TempProject;
  const out = distDir('editor-content');

  beforeAll(() => {
    project = makeTempProject();
    project.write('content/povtory.mdx', `${frontmatter({ title: 'Повторы' })}\nВступление.\n\n## Итоги\n\nРаз.\n\n## Итоги\n\nДва.\n`);
    project.write('content/bez-zagolovkov.mdx', `${frontmatter({ title: 'Без заголовков' })}\nТолько текст, без разделов.\n`);
    project.write('content/propusk.mdx', `${frontmatter({ title: 'Пропуск уровня' })}\n### Сразу третий\n\nТекст.\n\n## Второй\n\n#### Четвертый\n\nТекст.\n`);
    project.write('content/dlinnyy.mdx', `${frontmatter({ title: LONG_TITLE })}\nТекст.\n`);
    project.write('content/znaki.mdx', `${frontmatter({ title: 'Знаки', updated: '2025-06-02' })}\nЕсли a < b, то "так" - и все.\n\n<Aside>Важное замечание.</Aside>\n\n<Quote author="Алиса" source="Письмо">Привет, ты уже звонил этому клиенту?</Quote>\n`);
    project.write('content/bidi.mdx', `${frontmatter({ title: 'Заголовок \u202Eнаоборот', author: 'Мария \u202EПетрова', issue: 'Выпуск \u202E2' })}\nТекст.\n`);
    project.write('content/issues.yaml', `${readFileSync(path.join(project.root, 'content/issues.yaml'), 'utf8')}- number: 7\n  title: "Выпуск \u202E2"\n  month: 2025-05\n`);
    const result = buildSite({ root: project.root, outDir: out, env: { EDIT_URL_BASE: 'https://example.org/repo/edit/main/' } });
    expect(result.status, result.output).toBe(0);
  });

  afterAll(() => project?.dispose());

  it('gives two headings with the same text distinct ids, both in the TOC', () => {
    const $ = loadPage(out, 'povtory/index.html');
    expect($('.prose h2').map((_, el) => $(el).attr('id')).get()).toEqual(['itogi', 'itogi-2']);
    expect($('.toc a').map((_, el) => $(el).attr('href')).get()).toEqual(['#itogi', '#itogi-2']);
  });

  it('renders an article without headings, with no empty TOC', () => {
    const $ = loadPage(out, 'bez-zagolovkov/index.html');
    expect($('.prose').text()).toContain('Только текст');
    expect($('nav.toc')).toHaveLength(0);
    expect($('.article--with-toc')).toHaveLength(0);
  });

  it('keeps every h2/h3 of an article with a skipped level in the TOC', () => {
    const $ = loadPage(out, 'propusk/index.html');
    expect($('.toc a').map((_, el) => $(el).text()).get()).toEqual(['Сразу третий', 'Второй']);
    expect($('h4#chetvertiy')).toHaveLength(1);
  });

  it('publishes a very long title, wrapped, with a 1200×630 card', () => {
    const $ = loadPage(out, 'dlinnyy/index.html');
    expect($('h1').text().replace(/\u00a0/g, ' ')).toBe(LONG_TITLE);
    expect(pngSize(readFileSync(path.join(out, 'og/dlinnyy.png')))).toEqual({ width: 1200, height: 630 });
  });

  it('shows a bare < as text, sets typography, renders the components accessibly and the update date', () => {
    const $ = loadPage(out, 'znaki/index.html');
    expect($('.prose').text().replace(/\u00a0/g, ' ')).toContain('a < b');
    expect($('.prose').text()).toContain('«так»\u00a0— и\u00a0все');
    expect($('.prose [role="note"]').attr('aria-label')).toBe('Примечание');
    expect($('.prose figure.quote blockquote').text()).toContain('Привет');
    expect($('.prose figure.quote figcaption').text()).toBe('— Алиса, Письмо');
    expect($('.byline').text()).toContain('обновлено 2\u00a0июня\u00a02025');
    expect($('meta[property="article:modified_time"]').attr('content')).toBe('2025-06-02');
  });

  it('isolates field values with a right-to-left override, so the rest of the byline and title keep their order', () => {
    const $ = loadPage(out, 'bidi/index.html');
    expect($('.article__header .byline bdi').map((_, el) => $(el).text()).get()).toEqual(['Мария \u202EПетрова', 'Выпуск \u202E2']);
    expect($('title').text()).toBe('\u2068Заголовок \u202Eнаоборот\u2069 — НОВЕЛЛЬНЫЙ20!8');
    expect(loadPage(out, 'znaki/index.html')('title').text()).toBe('Знаки — НОВЕЛЛЬНЫЙ20!8');
  });

  it('links every article to its source when EDIT_URL_BASE is set', () => {
    const $ = loadPage(out, 'znaki/index.html');
    expect($('a').filter((_, el) => $(el).text() === 'Редактировать эту страницу').attr('href')).toBe('https://example.org/repo/edit/main/content/znaki.mdx');
  });
});

describe('npm run new', () => {
  // Each test has its own copy of the project, so each passes when run alone.
  let project: TempProject;
  const out = distDir('new-article');
  const runNew = (title: string) =>
    spawnSync(process.execPath, ['src/cli/new-article.ts', title], { cwd: project.root, encoding: 'utf8' });

  beforeEach(() => {
    project = makeTempProject();
  });

  afterEach(() => project?.dispose());

  it('creates a draft with valid frontmatter dated today, and refuses to overwrite it', () => {
    const first = runNew('Новая статья о доверии');
    expect(first.status, first.stderr).toBe(0);
    const file = path.join(project.root, 'content/novaya-statya-o-doverii.mdx');
    const created = readFileSync(file, 'utf8');
    expect(created).toContain('draft: true');
    expect(created).toContain(`published: ${new Date().toLocaleDateString('sv-SE')}`);
    project.write('content/novaya-statya-o-doverii.mdx', created.replace('Первый абзац статьи.', 'Мой текст.'));

    const again = runNew('Новая статья о доверии');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('уже есть');
    expect(readFileSync(file, 'utf8')).toContain('Мой текст.');
  });

  it('once published, the article is first on the front page, in the sitemap and in the feed', () => {
    expect(runNew('Новая статья о доверии').status).toBe(0);
    const file = 'content/novaya-statya-o-doverii.mdx';
    // As the editor does: every placeholder replaced, then draft: false.
    const filled = readFileSync(path.join(project.root, file), 'utf8')
      .replace(/^description: .*$/m, 'description: "О том, как доверие появляется и пропадает."')
      .replace(/^author: .*$/m, 'author: "Мария Петрова"')
      .replace('Первый абзац статьи.', 'Мой текст.')
      .replace('Текст раздела.', 'Ещё текст.')
      .replace('draft: true', 'draft: false');
    project.write(file, filled);
    const result = buildSite({ root: project.root, outDir: out, env: { SITE_URL: 'https://journal.example.org' } });
    expect(result.status, result.output).toBe(0);
    const $ = loadPage(out, 'index.html');
    expect($('.article-card__title a').map((_, el) => $(el).attr('href')).get()).toEqual(['/novaya-statya-o-doverii/', '/poteryat-doverie-bossa/']);
    expect(readBuilt(out, 'sitemap-0.xml')).toContain('https://journal.example.org/novaya-statya-o-doverii/');
    expect(readBuilt(out, 'rss.xml')).toContain('<link>https://journal.example.org/novaya-statya-o-doverii/</link>');
    expect(listFiles(out)).toContain('og/novaya-statya-o-doverii.png');
  });
});
