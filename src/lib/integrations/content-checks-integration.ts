import { existsSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent, type ContentReport } from '../content/content-checks.ts';
import { readContentFiles } from '../content/content-files.ts';
import { formatProblemReport } from '../content/content-problem.ts';
import { firstPublicDay } from '../content/publication.ts';

export interface ContentChecksOptions {
  /** The articles' folder, relative to the project. */
  contentDir: string;
  /** `YYYY-MM-DD`: later articles are scheduled. */
  today: string;
}

/** Runs every content check over the folder as it is on disk now. */
export function checkContentFolder(root: string, { contentDir, today }: ContentChecksOptions): ContentReport {
  return checkContent(readContentFiles(root, contentDir), { today, exists: (file) => existsSync(path.join(root, file)) });
}

export const FIX_HINT = 'Сборка остановлена. Исправьте файлы и запустите её снова; что значит каждое сообщение — в docs/editing.md.';

/** What the build leaves out and why, so nobody wonders where an article went. */
function reportPlan(report: ContentReport, logger: AstroIntegrationLogger): void {
  for (const article of report.articles.filter((a) => a.state === 'scheduled')) {
    logger.info(`запланировано: ${article.file}, выйдет ${firstPublicDay(article.data.published)}`);
  }
  const drafts = report.articles.filter((a) => a.state === 'draft');
  if (drafts.length > 0) logger.info(`черновики (${drafts.length}) не публикуются: ${drafts.map((a) => a.file).join(', ')}`);
  if (!report.articles.some((a) => a.state === 'published')) {
    logger.warn('ни одной опубликованной статьи: сайт соберётся с пустой главной. Поставьте draft: false и дату не позже сегодняшней.');
  }
}

/**
 * Stops `astro build` with every content mistake listed, before anything is built.
 * `astro dev` keeps running instead, so the editor can fix the file and see the page.
 */
export function contentChecks(options: ContentChecksOptions): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build') return;
        const report = checkContentFolder(fileURLToPath(config.root), options);
        if (report.problems.length > 0) {
          // Not thrown: Astro would print it as Markdown (eating [text](url)) under an English header and a stack trace.
          // Written synchronously, so nothing is lost when the process ends right after.
          writeSync(2, `\n${formatProblemReport(report.problems)}\n\n${FIX_HINT}\n\n`);
          process.exit(1);
        }
        reportPlan(report, logger);
      },
    },
  };
}
