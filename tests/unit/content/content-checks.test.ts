import { describe, expect, it } from 'vitest';
import { articleSlug, findContentProblems } from '../../../src/lib/content/content-checks.ts';

const article = (body = '\nТекст.\n', fields = 'title: Т\npublished: 2025-04') => `---\n${fields}\n---\n${body}`;

describe('articleSlug', () => {
  it('is the transliterated file name without folders or extension', () => {
    expect(articleSlug('content/2025/Потерять доверие.mdx')).toBe('poteryat-doverie');
    expect(articleSlug('poteryat-doverie-bossa.mdx')).toBe('poteryat-doverie-bossa');
  });
});

describe('findContentProblems', () => {
  it('accepts articles, pictures beside them and hidden files', () => {
    expect(findContentProblems([
      { path: 'content/a.mdx', text: article() },
      { path: 'content/b.md', text: article() },
      { path: 'content/a-photo.jpg' },
      { path: 'content/.DS_Store' },
    ])).toEqual([]);
  });

  it('names a file that is not an article', () => {
    expect(findContentProblems([{ path: 'content/zametki.txt' }])).toEqual([
      'content/zametki.txt: это не статья — в content/ статьи лежат в файлах .mdx (или .md). Переименуйте файл в .mdx или уберите его из content/.',
    ]);
  });

  it('names both files that would get the same address', () => {
    const problems = findContentProblems([
      { path: 'content/2025/itogi.mdx', text: article() },
      { path: 'content/Итоги.mdx', text: article() },
    ]);
    expect(problems).toEqual([
      'content/2025/itogi.mdx и content/Итоги.mdx: у этих файлов один адрес /itogi/, и одна статья пропала бы. Переименуйте один из файлов.',
    ]);
  });

  it('refuses an address the site itself uses', () => {
    expect(findContentProblems([{ path: 'content/og.mdx', text: article() }])[0]).toContain('адрес /og/ занят');
  });

  it('names an empty article', () => {
    expect(findContentProblems([{ path: 'content/a.mdx', text: article('\n   \n') }])).toEqual([
      'content/a.mdx: у статьи нет текста после полей. Напишите текст или поставьте draft: true.',
    ]);
  });

  it('names a file without frontmatter', () => {
    expect(findContentProblems([{ path: 'content/a.mdx', text: 'Просто текст.' }])[0]).toContain('нет блока с полями');
  });

  it('catches a day that YAML would silently roll into the next month', () => {
    const problems = findContentProblems([{ path: 'content/a.mdx', text: article(undefined, 'title: Т\npublished: 2025-02-30') }]);
    expect(problems).toEqual(['content/a.mdx: поле published: в «2025-02-30» нет дня 30: в этом месяце 28 дней. Формат: ГГГГ-ММ или ГГГГ-ММ-ДД, например 2025-04 или 2025-04-15.']);
  });

  it('checks a quoted updated date too', () => {
    expect(findContentProblems([{ path: 'content/a.mdx', text: article(undefined, "title: Т\nupdated: '2025-04-31'") }])[0]).toContain('поле updated');
  });
});

describe('unknown components', () => {
  it('names the file, line and component, and lists the ones that exist', () => {
    expect(findContentProblems([{ path: 'content/a.mdx', text: article('\nТекст.\n\n<Vrezka>x</Vrezka>\n') }])).toEqual([
      'content/a.mdx:8: компонента <Vrezka> нет. Можно: <Aside>, <Quote> (см. docs/editing.md).',
    ]);
  });

  it('accepts our components, imported ones, and tags inside code', () => {
    const body = "\nimport Chart from '../../src/x.astro';\n\n<Aside>x</Aside> <Chart /> `<Fake>`\n\n```\n<AlsoFake>\n```\n";
    expect(findContentProblems([{ path: 'content/a.mdx', text: article(body) }])).toEqual([]);
  });
});
