import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { distDir } from '../support/paths.ts';
import { frontmatter, makeTempProject } from '../support/temp-project.ts';

/** Builds a copy of the project with `files` added; each case gets a fresh copy. */
function buildWith(name: string, files: Record<string, string>): BuildResult {
  const project = makeTempProject();
  try {
    for (const [file, content] of Object.entries(files)) project.write(file, content);
    return buildSite({ root: project.root, outDir: path.join(distDir('bad-input'), name) });
  } finally {
    project.dispose();
  }
}

const BODY = '\nТекст статьи.\n';

/** Each mistake an editor can make, the file it is in, and words the message must contain. */
const failing: { name: string; files: Record<string, string>; file: string; says: RegExp }[] = [
  { name: 'a missing required field', files: { 'content/a.mdx': frontmatter({ author: undefined }) + BODY }, file: 'content/a.mdx', says: /обязательное поле author не заполнено/ },
  { name: 'a wrong type', files: { 'content/a.mdx': frontmatter().replace('title: "Тестовая статья"', 'title: 2025') + BODY }, file: 'content/a.mdx', says: /title должно быть текстом, а здесь число/ },
  { name: 'a draft flag in quotes', files: { 'content/a.mdx': frontmatter().replace('draft: false', 'draft: "нет"') + BODY }, file: 'content/a.mdx', says: /draft должно быть true или false/ },
  { name: 'an impossible date', files: { 'content/a.mdx': frontmatter().replace('published: "2025-05"', 'published: 2025-02-30') + BODY }, file: 'content/a.mdx', says: /нет дня 30: в этом месяце 28 дней/ },
  { name: 'a date in the wrong form', files: { 'content/a.mdx': frontmatter({ published: '15.05.2025' }) + BODY }, file: 'content/a.mdx', says: /не дата; ожидается ГГГГ-ММ или ГГГГ-ММ-ДД/ },
  { name: 'an unknown field', files: { 'content/a.mdx': frontmatter({ titel: 'Опечатка' }) + BODY }, file: 'content/a.mdx', says: /неизвестное поле titel — опечатка/ },
  { name: 'an unclosed tag', files: { 'content/a.mdx': `${frontmatter()}\nТекст <div> без конца.\n` }, file: 'content/a.mdx', says: /Expected a closing tag for `<div>`/ },
  { name: 'a stray {', files: { 'content/a.mdx': `${frontmatter()}\nТекст { без конца.\n` }, file: 'content/a.mdx', says: /closing brace for `\{`/ },
  { name: 'an unknown component', files: { 'content/a.mdx': `${frontmatter()}\n<Vrezka>Текст</Vrezka>\n` }, file: 'content/a.mdx:11', says: /компонента <Vrezka> нет/ },
  { name: 'two articles with one URL', files: { 'content/2025/itogi.mdx': frontmatter() + BODY, 'content/Итоги.mdx': frontmatter() + BODY }, file: 'content/2025/itogi.mdx и content/Итоги.mdx', says: /один адрес \/itogi\// },
  { name: 'an empty body', files: { 'content/a.mdx': frontmatter() + '\n\n' }, file: 'content/a.mdx', says: /нет текста после полей/ },
  { name: 'a file that is not MDX', files: { 'content/statya.docx': 'PK' }, file: 'content/statya.docx', says: /это не статья/ },
  { name: 'no frontmatter at all', files: { 'content/a.mdx': 'Просто текст.\n' }, file: 'content/a.mdx', says: /нет блока с полями/ },
];

describe('a mistake in content/ stops the build with a message naming the file and the problem', () => {
  for (const { name, files, file, says } of failing) {
    it(name, () => {
      const result = buildWith(name.replace(/\W+/g, '-'), files);
      expect(result.status, result.output).not.toBe(0);
      expect(result.output).toContain(file);
      expect(result.output).toMatch(says);
    });
  }
});
