import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { distDir, TEST_SITE_URL } from '../support/paths.ts';
import { listFiles, loadPage, plain, readBuilt } from '../support/dist-files.ts';

// The magazine fixture, built by the global setup: issues 1–3 with four published articles each, by Anonim,
// Иван Сидоров and Мария Петрова; issue 2 has a cover, «Дневник редакции» a cover and a captioned photo;
// «Сотый выпуск» holds only a scheduled article.
const out = distDir('magazine');
const hrefs = ($: ReturnType<typeof loadPage>, selector: string) => $(selector).map((_, el) => $(el).attr('href')).get();
const texts = ($: ReturnType<typeof loadPage>, selector: string) => $(selector).map((_, el) => plain($(el).text()).replace(/\s+/g, ' ').trim()).get();

describe('an issue page', () => {
  const $ = loadPage(out, 'vypusk/vtoroy-vypusk/index.html');

  it('names the issue, its number and month, describes it and shows its cover', () => {
    expect(texts($, 'h1')).toEqual(['Второй выпуск']);
    expect(texts($, '.issue-header__kicker')).toEqual(['Выпуск № 2 · апрель 2025']);
    expect($('.issue-header__kicker time').attr('datetime')).toBe('2025-04');
    expect(texts($, '.issue-header__description')).toEqual(['Выпуск о доверии на работе — как его заработать и как потерять.']);
    const cover = $('.issue-header picture img');
    expect(cover.attr('alt')).toBe('Оранжевый круг на сине-сером фоне — обложка второго выпуска');
    expect([cover.attr('width'), cover.attr('height'), cover.attr('loading')]).toEqual(['1600', '900', 'eager']);
  });

  it('lists its articles in the issue’s order, each with standfirst, author and reading time', () => {
    expect(hrefs($, '.article-card__title a')).toEqual(['/poteryat-doverie-bossa/', '/zhurnal-redakcii/', '/doverie-v-komande/', '/chto-chitat/']);
    expect($('.article-card__title').first().prop('tagName')).toBe('H3');
    const card = $('.article-card').eq(1);
    expect(plain(card.find('.article-card__description').text())).toBe('Неделя из жизни редакции: планёрки, правки и кофе.');
    expect(hrefs($, '.article-card:nth-child(2) .byline a')).toEqual(['/avtor/mariya-petrova/', '/vypusk/vtoroy-vypusk/']);
    expect(card.find('.byline').text()).toMatch(/\d+\u00a0(минута|минуты|минут) чтения/);
  });

  it('has a canonical address and Open Graph tags of its own', () => {
    expect($('link[rel="canonical"]').attr('href')).toBe(`${TEST_SITE_URL}/vypusk/vtoroy-vypusk/`);
    expect($('meta[property="og:title"]').attr('content')).toBe('Второй выпуск');
    expect($('meta[property="og:url"]').attr('content')).toBe(`${TEST_SITE_URL}/vypusk/vtoroy-vypusk/`);
  });
});

describe('the archive of issues', () => {
  const $ = loadPage(out, 'vypusk/index.html');

  it('lists the issues with something published, newest first, each with its article count', () => {
    expect(texts($, 'h1')).toEqual(['Выпуски журнала']);
    expect(texts($, '.archive__issue h2')).toEqual(['Третий выпуск', 'Второй выпуск', 'Первый выпуск']);
    expect(hrefs($, '.archive__issue h2 a')).toEqual(['/vypusk/tretiy-vypusk/', '/vypusk/vtoroy-vypusk/', '/vypusk/perviy-vypusk/']);
    expect(texts($, '.archive__count')).toEqual(['4 статьи', '4 статьи', '4 статьи']);
    expect(plain($('.archive__standfirst').text())).toBe('Архив журнала: 3 выпуска, от нового к первому.');
  });

  it('loads covers below the first screen only when needed', () => {
    expect($('.archive__issue picture img').attr('loading')).toBe('lazy');
  });

  it('has no page for an issue with nothing published yet', () => {
    expect(listFiles(out).filter((file) => file.startsWith('vypusk/'))).not.toContainEqual(expect.stringMatching(/sotyy|sotiy/));
    expect($('main').text()).not.toContain('Сотый');
  });
});

describe('author pages', () => {
  it('list the author’s articles newest first, and the bylines link there', () => {
    const $ = loadPage(out, 'avtor/mariya-petrova/index.html');
    expect(plain($('h1').text()).replace(/\s+/g, ' ').trim()).toBe('Статьи автора Мария Петрова');
    expect(hrefs($, '.article-card__title a')).toEqual(['/itogi-goda/', '/chto-chitat/', '/zhurnal-redakcii/', '/o-redakcii/']);
    expect($('title').text()).toBe('Мария Петрова: статьи автора — НОВЕЛЛЬНЫЙ20!8');
    expect(listFiles(out).filter((file) => file.startsWith('avtor/')).sort()).toEqual([
      'avtor/anonim/index.html',
      'avtor/ivan-sidorov/index.html',
      'avtor/mariya-petrova/index.html',
    ]);
  });
});

describe('the front page of a magazine', () => {
  const $ = loadPage(out, 'index.html');

  it('opens with the latest issue as the cover story: its title, month, description and contents in order', () => {
    const story = $('.cover-story');
    expect(plain(story.find('.issue-header__kicker').text())).toBe('Выпуск № 3 · май 2025');
    expect(hrefs($, '.cover-story__contents a')).toEqual(['/novye-avtory/', '/itogi-goda/', '/my-notes/', '/plany/']);
    expect(texts($, '.cover-story__author')).toEqual(['Anonim', 'Мария Петрова', 'Иван Сидоров', 'Иван Сидоров']);
  });

  it('then the newest articles, then a link to the archive', () => {
    expect(texts($, 'main h2')).toEqual(['Третий выпуск', 'Новые статьи']);
    expect(hrefs($, '.front__archive a')).toEqual(['/vypusk/']);
  });
});

describe('pictures', () => {
  const $ = loadPage(out, 'zhurnal-redakcii/index.html');

  it('an article’s cover loads at once, responsive AVIF and WebP, sized so nothing shifts', () => {
    const picture = $('.article__header picture');
    expect(picture.find('source').map((_, el) => $(el).attr('type')).get()).toEqual(['image/avif', 'image/webp']);
    const img = picture.find('img');
    expect([img.attr('alt'), img.attr('width'), img.attr('height'), img.attr('loading'), img.attr('fetchpriority')]).toEqual([
      'Оранжевый круг на бордовом фоне — стол редакции сверху', '1200', '800', 'eager', 'high',
    ]);
    expect(picture.find('source[type="image/avif"]').attr('srcset')!.split(', ').map((candidate) => candidate.split(' ')[1])).toEqual(['360w', '720w', '1080w', '1200w']);
  });

  it('a picture alone in its paragraph becomes a figure with its title as the caption, loaded lazily', () => {
    const figure = $('.prose figure');
    expect(figure).toHaveLength(1);
    expect(plain(figure.find('figcaption').text())).toBe('Кот редакции — главный по «тишине». Фото: Мария Петрова');
    expect(figure.find('img').attr('alt')).toBe('Рыжий кот спит на клавиатуре');
    expect([figure.find('img').attr('width'), figure.find('img').attr('height'), figure.find('img').attr('loading')]).toEqual(['1000', '600', 'lazy']);
    expect(figure.find('img').attr('title')).toBeUndefined();
    expect($('.prose p picture, .prose p figure')).toHaveLength(0);
  });

  it('the article’s card shows its cover on the right, the card of an article without one does not', async () => {
    const pixel = async (file: string) => {
      const { data, info } = await sharp(path.join(out, file)).raw().toBuffer({ resolveWithObject: true });
      const i = (315 * info.width + 1000) * info.channels;
      return [data[i], data[i + 1], data[i + 2]];
    };
    expect(await pixel('og/plany.png')).toEqual([0x1d, 0x1b, 0x18]);
    expect(await pixel('og/zhurnal-redakcii.png')).not.toEqual([0x1d, 0x1b, 0x18]);
  });
});

describe('the feed', () => {
  const xml = readBuilt(out, 'rss.xml');
  const items = [new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel.item].flat() as Record<string, string>[];

  it('is well-formed RSS 2.0 with the content module, every item carrying the whole article', () => {
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><rss version="2\.0" xmlns:content="http:\/\/purl\.org\/rss\/1\.0\/modules\/content\/"/);
    expect(items).toHaveLength(12);
    for (const item of items) expect(item['content:encoded']!.length, item.link).toBeGreaterThan(30);
    const bossa = items.find((item) => item.link === `${TEST_SITE_URL}/poteryat-doverie-bossa/`)!;
    expect(bossa['content:encoded']).toContain('доверие гораздо легче потерять, чем получить');
    expect(bossa.category).toBe('Второй выпуск');
  });

  it('uses only absolute addresses, and carries no script, style or page furniture', () => {
    const html = items.map((item) => item['content:encoded']).join('\n');
    const addresses = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
    addresses.push(...[...html.matchAll(/\ssrcset="([^"]+)"/g)].flatMap((m) => m[1]!.split(', ').map((candidate) => candidate.split(' ')[0]!)));
    expect(addresses.length).toBeGreaterThan(10);
    expect(addresses.filter((address) => !/^https?:\/\//.test(address))).toEqual([]);
    expect(html).not.toMatch(/<script|<style|\son\w+=|heading__anchor/);
    const diary = items.find((item) => item.link === `${TEST_SITE_URL}/zhurnal-redakcii/`)!['content:encoded']!;
    expect(diary).toMatch(/<figure class="figure"><picture><source srcset="https:\/\/journal\.example\.org\/_astro\/kot\.[^"]+\.avif 360w/);
    expect(plain(diary)).toContain('<figcaption>Кот редакции — главный по «тишине». Фото: Мария Петрова</figcaption>');
    const notes = items.find((item) => item.link === `${TEST_SITE_URL}/my-notes/`)!['content:encoded']!;
    expect(notes).toContain(`href="${TEST_SITE_URL}/itogi-goda/#tsifry"`);
  });
});
