import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { sharedBuildLog } from '../support/global-build.ts';
import { distDir, fixtureContent, FIXTURE_BUILD_DATE, projectRoot, TEST_SITE_URL } from '../support/paths.ts';
import { listFiles, loadPage, plain } from '../support/dist-files.ts';
import { siteInvariantViolations } from '../support/site-invariants.ts';
import { frontmatter } from '../support/temp-project.ts';

// The magazine fixture (built by the global setup): 3 issues × 4 articles by 3 authors, two of one day (file names
// with a space, capitals and Cyrillic), one in plain Markdown, one with a picture, footnotes and a table, one with a
// cover and a captioned photo; a draft and a scheduled article, each with its own picture.
const CONTENT = fixtureContent('magazine');
const out = distDir('magazine');
const result = { output: readFileSync(sharedBuildLog('magazine'), 'utf8') };

describe('publishing safeguards', () => {
  it('holds every site invariant', async () => {
    expect(await siteInvariantViolations({ dist: out, contentDir: CONTENT, today: FIXTURE_BUILD_DATE, siteUrl: TEST_SITE_URL })).toEqual([]);
  });

  it('says in the build output what is scheduled and when it goes live, and what is a draft', () => {
    expect(result.output).toContain(`запланировано: ${CONTENT}/budushchee.mdx, выйдет 2099-01-01`);
    expect(result.output).toContain(`черновики (1) не публикуются: ${CONTENT}/chernovik.mdx`);
  });

  it('publishes files named with spaces, capitals and Cyrillic under slugged URLs, newest first, ties in code-point order', () => {
    const $ = loadPage(out, 'index.html');
    expect($('.article-card__title a').map((_, el) => $(el).attr('href')).get()).toEqual([
      '/plany/', '/novye-avtory/', '/itogi-goda/', '/my-notes/', '/chto-chitat/', '/doverie-v-komande/',
      '/zhurnal-redakcii/', '/poteryat-doverie-bossa/', '/pismo-chitatelya/', '/o-redakcii/', '/pervye-shagi/', '/staraya/',
    ]);
  });

  it('leaves no page, card, picture or mention of the draft and the scheduled article', () => {
    const files = listFiles(out);
    expect(files.filter((f) => /budushchee|chernovik/.test(f))).toEqual([]);
    const everything = files.filter((f) => /\.(html|xml)$/.test(f)).map((f) => readFileSync(path.join(out, f), 'utf8')).join('\n');
    expect(everything).not.toMatch(/Статья из будущего|Черновик с фотографией|budushchee|chernovik/);
  });

  it('publishes the picture of a published article, as AVIF and WebP with the original as fallback', () => {
    const $ = loadPage(out, 'itogi-goda/index.html');
    const src = $('.prose figure picture img').attr('src')!;
    expect(src).toMatch(/^\/_astro\/diagramma\.[\w-]+\.png$/);
    expect($('.prose figure img').attr('alt')).toBe('Столбики: статьи по месяцам');
    expect($('.prose figure source').map((_, el) => $(el).attr('type')).get()).toEqual(['image/avif', 'image/webp']);
    expect(listFiles(out)).toContain(src.slice(1));
  });
});

describe('beginning and end of an article, and the cover', () => {
  it('opens with the title and the description as a standfirst, the magazine named only in the page chrome', () => {
    const $ = loadPage(out, 'itogi-goda/index.html');
    expect(plain($('.article__header > h1 + p.article__standfirst').text())).toBe('Что редакция сделала за год: цифры, картинка и примечания.');
    expect($('.article__header').text()).not.toContain('НОВЕЛЛЬНЫЙ20!8');
  });

  it('ends with a mark, the signature, the neighbours in the issue and a way back to the top', () => {
    const $ = loadPage(out, 'my-notes/index.html');
    const end = $('article > footer.article-end');
    expect(end.find('.article-end__mark[aria-hidden="true"]').text()).toBe('◆');
    expect(plain(end.find('.article-end__signature').text()).replace(/\s+/g, ' ').trim()).toBe('Иван Сидоров · Третий выпуск · 10 мая 2025');
    expect(end.find('.article-end__signature a').map((_, el) => $(el).attr('href')).get()).toEqual(['/avtor/ivan-sidorov/', '/vypusk/tretiy-vypusk/']);
    // The order: novye-avtory (order: 1), then by date: itogi-goda and my-notes (one day, by name), plany.
    expect(end.find('nav[aria-label="Другие статьи"] a').map((_, el) => `${$(el).attr('rel')} ${$(el).attr('href')} ${plain($(el).text())}`).get()).toEqual([
      'prev /itogi-goda/ Предыдущая: Итоги года в редакции',
      'next /plany/ Следующая: Планы на лето',
    ]);
    expect(end.find('a[href="#main"]').text()).toBe('Наверх');
    const first = loadPage(out, 'novye-avtory/index.html');
    expect(first('footer.article-end nav a').map((_, el) => first(el).attr('href')).get()).toEqual(['/itogi-goda/']);
  });

  it('keeps the reading time in one piece', () => {
    expect(loadPage(out, 'my-notes/index.html')('.article__header .byline').text()).toContain('1\u00a0минута чтения');
  });

  it('names the magazine and its current issue on the cover, and the footer never links to the page it is on', () => {
    const $ = loadPage(out, 'index.html');
    expect($('h1').text()).toBe('VA-11 HALL-A\u00a0— НОВЕЛЛЬНЫЙ20!8');
    // The scheduled article's «Сотый выпуск» has the highest number but nothing published yet.
    expect($('.cover-story h2').text().trim()).toBe('Третий выпуск');
    expect($('footer.site-footer a').map((_, el) => $(el).attr('href')).get()).toEqual(['/rss.xml', '/vypusk/']);
    const article = loadPage(out, 'my-notes/index.html');
    expect(article('footer.site-footer a').map((_, el) => article(el).attr('href')).get()).toEqual(['/rss.xml', '/vypusk/', '/']);
    const archive = loadPage(out, 'vypusk/index.html');
    expect(archive('footer.site-footer a').map((_, el) => archive(el).attr('href')).get()).toEqual(['/rss.xml', '/']);
  });
});

describe('a site with no published article', () => {
  const CONTENT_EMPTY = '.cache/test-content/only-drafts';

  it('builds, and says clearly that nothing is published', () => {
    const dir = path.join(projectRoot, CONTENT_EMPTY);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'chernovik.mdx'), `${frontmatter({ draft: true })}\nТекст.\n`);
    const empty = buildSite({ outDir: distDir('only-drafts'), env: { CONTENT_DIR: CONTENT_EMPTY } });
    rmSync(dir, { recursive: true, force: true });
    expect(empty.status, empty.output).toBe(0);
    expect(empty.output).toContain('ни одной опубликованной статьи: сайт соберётся с пустой главной.');
    expect(loadPage(distDir('only-drafts'), 'index.html')('main').text()).toContain('Статей пока нет.');
  });
});
