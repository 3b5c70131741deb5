// npm run new -- "Заголовок статьи": creates content/<slug>.mdx as a draft dated today.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { clashingFile, latestIssue, newArticle, oldIssueHint, PLACEHOLDERS } from '../lib/content/new-article.ts';
import { ISSUES_FILE_NAME } from '../lib/content/issues-file.ts';
import { siteConfig } from '../site.config.ts';

const root = process.cwd();
const contentDir = path.join(root, 'content');
const title = process.argv.slice(2).join(' ');

try {
  const existing = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).map((file) => `content/${file.split(path.sep).join('/')}`);
  const today = new Date().toLocaleDateString('sv-SE'); // YYYY-MM-DD in the local time zone
  const issuesFile = path.join(contentDir, ISSUES_FILE_NAME);
  // A draft may name an issue not described yet: the checks will ask for it once the article is published.
  const issuesYaml = existsSync(issuesFile) ? readFileSync(issuesFile, 'utf8') : undefined;
  const issue = latestIssue(issuesYaml) ?? 'Первый выпуск';
  const article = newArticle(title, today, { publication: siteConfig.publication, issue, author: PLACEHOLDERS.author });
  const clash = clashingFile(article.path, existing);
  if (clash) {
    console.error(`${clash} уже есть, и у него тот же адрес. Ничего не создано: выберите другой заголовок или правьте тот файл.`);
    process.exit(1);
  }
  // 'wx' refuses to overwrite even if the file appeared since the check above.
  writeFileSync(path.join(root, article.path), article.content, { flag: 'wx' });
  console.log(`Создан ${article.path} (черновик). Заполните description и author, напишите текст,`);
  console.log('посмотрите его в npm run dev, а когда готово — поставьте draft: false.');
  const hint = oldIssueHint(issuesYaml, today);
  if (hint) console.log(hint);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
