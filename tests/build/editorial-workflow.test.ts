import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { distDir, fixtureContent, projectRoot, TEST_SITE_URL } from '../support/paths.ts';
import { siteInvariantViolations } from '../support/site-invariants.ts';
import { frontmatter, makeTempProject, type TempProject } from '../support/temp-project.ts';
import { unrepeatedWords } from '../support/long-text.ts';
import { brotliSize } from '../../src/lib/tooling/page-weight.ts';

// An editor's ordinary week on a copy of the live project: the invariants the live content is held to
// must keep holding, whatever the articles are.
const TODAY = '2026-06-01';
const picture = readFileSync(path.join(projectRoot, fixtureContent('magazine'), 'diagramma.png'));
let project: TempProject;

const articleFiles = () => readdirSync(path.join(project.root, 'content')).filter((f) => /\.mdx?$/.test(f)).sort();
const buildAndCheck = async (name: string) => {
  const out = distDir(name);
  const result = buildSite({ root: project.root, outDir: out, env: { SITE_URL: TEST_SITE_URL, BUILD_DATE: TODAY } });
  expect(result.status, result.output).toBe(0);
  return siteInvariantViolations({ dist: out, root: project.root, contentDir: 'content', today: TODAY, siteUrl: TEST_SITE_URL });
};

beforeAll(() => {
  project = makeTempProject({ content: 'live' });
});

afterAll(() => project?.dispose());

describe('an editor adds, edits and deletes articles', () => {
  it('three new articles (one with a picture, footnotes and a table, one three times as long as the first) and a sentence changed in the first', async () => {
    project.writeBytes('content/foto.png', picture);
    project.write('content/s-kartinkoy.mdx', `${frontmatter({ title: 'Статья с картинкой', published: '2026-05-20' })}
Абзац со сноской[^1].

## Таблица

| Год | Статей |
|-----|--------|
| 2025 | 4 |

![Фото редакции](./foto.png)

[^1]: Текст сноски.
`);
    project.write('content/korotkaya.mdx', `${frontmatter({ title: 'Короткая статья', published: '2026-05-21' })}\nВсего один абзац.\n`);
    // Three times the first article's length, in 30 sections: its page may pass 10 kB by its own text and TOC alone.
    const sections = Array.from({ length: 30 }, (_, i) => `## Раздел ${i + 1}\n\n${unrepeatedWords(100, i + 1)}.\n`);
    project.write('content/dlinnaya.mdx', `${frontmatter({ title: 'Длинная статья', published: '2026-05-19' })}\n${sections.join('\n')}`);
    const first = articleFiles()[0]!;
    const original = readFileSync(path.join(project.root, 'content', first), 'utf8');
    const edited = original.replace(/([^\n.]{20,})\./, '$1, и это правка редактора.');
    expect(edited).not.toBe(original);
    project.write(`content/${first}`, edited);
    expect(await buildAndCheck('workflow-added')).toEqual([]);
    const long = readFileSync(path.join(distDir('workflow-added'), 'dlinnaya', 'index.html'), 'utf8');
    expect(brotliSize(long)).toBeGreaterThan(10_000);
  });

  it('the first article deleted and another one added', async () => {
    project.remove(`content/${articleFiles()[0]!}`);
    project.write('content/eshche-odna.mdx', `${frontmatter({ title: 'Ещё одна статья', published: '2026-05-22' })}\nТекст.\n`);
    expect(await buildAndCheck('workflow-deleted')).toEqual([]);
  });
});
