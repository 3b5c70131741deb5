import { describe, expect, it } from 'vitest';
import { distDir } from '../support/paths.ts';
import { loadPage } from '../support/dist-files.ts';

const dist = distDir('root');

describe('front page', () => {
  const $ = loadPage(dist, 'index.html');

  it('lists the article with title, description, author and reading time', () => {
    const cards = $('.article-card');
    expect(cards).toHaveLength(1);
    const card = cards.first();
    expect(card.find('h3 a').attr('href')).toBe('/poteryat-doverie-bossa/');
    expect(card.find('h3 a').text().trim()).toBe('4 надежных способа потерять доверие вашего босса');
    expect(card.find('.article-card__description').text().trim().length).toBeGreaterThan(20);
    expect(card.text()).toContain('Anonim');
    expect(card.text()).toMatch(/\d+\u00a0(минута|минуты|минут) чтения/);
  });

  it('has exactly one h1, the magazine, then the current issue as the cover story and the newest articles', () => {
    expect($('h1')).toHaveLength(1);
    expect($('h1').text()).toBe('VA-11 HALL-A\u00a0— НОВЕЛЛЬНЫЙ20!8');
    expect($('main h2').map((_, el) => $(el).text().trim()).get()).toEqual(['Второй выпуск', 'Новые статьи']);
    expect($('.cover-story h2 a').attr('href')).toBe('/vypusk/vtoroy-vypusk/');
    expect($('.cover-story__contents a').map((_, el) => $(el).attr('href')).get()).toEqual(['/poteryat-doverie-bossa/']);
    expect($('.front__archive a').attr('href')).toBe('/vypusk/');
  });
});

describe('404 page', () => {
  const $ = loadPage(dist, '404.html');

  it('speaks Russian and offers a way home', () => {
    expect($('h1').text()).toBe('Страница не найдена');
    expect($('main a[href="/"]').text()).toContain('на главную');
  });
});
