import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/content-checks.ts';

const guide = readFileSync(new URL('../../../docs/editing.md', import.meta.url), 'utf8');
const FIELDS = 'title: Т\ndescription: О статье.\nauthor: А\npublication: П\nissue: В\npublished: 2025-04';
const article = (body: string, fields = FIELDS) => `---\n${fields}\n---\n${body}`;

/** One file per kind of mistake the checks report. */
const mistakes: Record<string, string | undefined> = {
  'content/a1.mdx': article('\nТекст.\n', 'title: Т'),
  'content/a2.mdx': article('\nТекст.\n', FIELDS.replace('title: Т', 'title: 2025')),
  'content/a3.mdx': article('\nТекст.\n', `${FIELDS}\ndraft: "нет"`),
  'content/a4.mdx': article('\nТекст.\n', `${FIELDS}\ntitel: x`),
  'content/a5.mdx': article('\nТекст.\n', FIELDS.replace('2025-04', '15.04.2025')),
  'content/a6.mdx': article('\nТекст.\n', FIELDS.replace('2025-04', '2025-02-30')),
  'content/a7.mdx': article('\nТекст.\n', FIELDS.replace('О статье.', 'а'.repeat(201))),
  'content/a8.mdx': article('\nПервый абзац статьи.\n', FIELDS.replace('author: А', 'author: Имя автора')),
  'content/a9.mdx': article('\nТекст.\n', FIELDS.replace('title: Т', 'title: Итоги: год')),
  'content/b1.mdx': article('\nТекст.\n', FIELDS.replace('author: А', 'author:\tА')),
  'content/b2.mdx': article('\nТекст.\n', FIELDS.replace('title: Т', 'title: "Т')),
  'content/b3.mdx': article('\nТекст.\n', FIELDS.replace('issue: В', '  issue: В')),
  'content/b4.mdx': article('\nТекст.\n', '- title'),
  'content/b5.mdx': 'Просто текст.',
  'content/b6.mdx': article('\n\n'),
  'content/c1.mdx': article('\n<!-- x -->\n'),
  'content/c2.mdx': article('\n<https://example.org>\n'),
  'content/c3.mdx': article('\nа<br>б\n'),
  'content/c4.mdx': article('\nx <y\n'),
  'content/c5.mdx': article('\nа <div> б\n'),
  'content/c6.mdx': article('\nа { б\n'),
  'content/c7.mdx': article('\n<Vrezka />\n'),
  'content/c8.mdx': article('\n![Кот](./kot.png)\n'),
  'content/c9.mdx': article("\nimport X from './x.astro';\n\n<X />\n"),
  'content/d1.mdx': article('\n## Сумма {1+1}\n'),
  'content/d2.mdx': article('\n<p id="x">а</p>\n\n<p id="x">б</p>\n'),
  'content/d3.mdx': article('\n<p id="main">а</p>\n'),
  'content/d4.mdx': article('\nТекст.\n'),
  'content/2025/d4.mdx': article('\nТекст.\n'),
  'content/og.mdx': article('\nТекст.\n'),
  'content/e #1.mdx': article('\nТекст.\n'),
  'content/e.docx': undefined,
  'content/f1.mdx': article('\nТекст.\n', FIELDS.replace('issue: В', 'issue: Вв')),
  'content/f2.mdx': article('\nТекст.\n', `${FIELDS}\norder: 1`),
  'content/f3.mdx': article('\nТекст.\n', `${FIELDS.replace('author: А', 'author: а')}\norder: 1`),
  'content/f4.mdx': article('\nТекст.\n', `${FIELDS}\ncover: ./f4.jpg`),
  'content/f5.mdx': article('\nТекст.\n', `${FIELDS}\ncoverAlt: Кот`),
  'content/f6.mdx': article('\nТекст.\n', `${FIELDS}\ncover: ./f6.jpg\ncoverAlt: Кот`),
  'content/f7.mdx': article('\n![](./f4.jpg)\n'),
  'content/f8.mdx': article('\nТекст.\n', `${FIELDS}\norder: 1.5`),
  'content/f4.jpg': undefined,
  'content/issues.yaml': '- number: 1\n  title: В\n  month: 2025-04\n',
};

/** One issues file per kind of mistake in it. */
const issuesMistakes = [
  '- number: 1\n  title: "В\n',
  '',
  'title: В\n',
  '- В\n',
  '- number: 1\n  title: В\n  month: 2025-04\n- number: 1\n  title: в\n  month: 2025-04\n',
  '- number: 1\n  title: В\n  month: 2025-04-01\n',
  '- number: "1"\n  title: В\n  month: 2025-04\n- number: 0\n  title: Г\n  month: 2025-04\n',
  '- number: 1\n  title: В\n  month: 2025-04\n  cover: ./net.jpg\n  coverAlt: Кот\n',
];

describe('docs/editing.md', () => {
  it('explains every kind of message the content checks give', () => {
    const { problems } = checkContent(Object.entries(mistakes).map(([path, text]) => ({ path, text })), { today: '2025-06-15' });
    for (const text of issuesMistakes) problems.push(...checkContent([{ path: 'content/issues.yaml', text }], { today: '2025-06-15' }).problems);
    // What the guide quotes: each message up to the first value that is the editor's own (a name, a count,
    // a quote, a path), with any field name standing for all of them.
    const openings = [...new Set(problems.map((p) => p.message.split(/[«"(<{0-9/.;?]|id=/)[0]!.trim().replace(/[:,—]$/, '').trim()))];
    const fields = /\b(?:title|description|author|publication|issue|order|published|updated|cover|coverAlt|draft|titel|number|month)\b/g;
    const quoted = (opening: string) => new RegExp(opening.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(fields, '\\w+'));
    expect(openings.length).toBeGreaterThanOrEqual(40);
    expect(openings.filter((opening) => !quoted(opening).test(guide))).toEqual([]);
  });
});
