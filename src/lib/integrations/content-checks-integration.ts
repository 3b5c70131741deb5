import { existsSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent, type ContentReport } from '../content/content-checks.ts';
import { readContentFiles } from '../content/content-files.ts';
import { formatProblemReport } from '../content/content-problem.ts';
import { firstPublicDay } from '../content/publication.ts';
import { serveContentProblems } from './dev-content-problems.ts';
import { cardJobs, type CardJob } from '../cards/card-jobs.ts';

export interface ContentChecksOptions {
  /** The articles' folder, relative to the project. */
  contentDir: string;
  /** `YYYY-MM-DD`: later articles are scheduled. */
  today: string;
  /**
   * Called in a build once the folder is found valid, with what the checks read: the social cards
   * and the typesetting ahead of the compile start from it. `files` are the published articles, relative to root.
   */
  onChecked?: (root: string, jobs: CardJob[], files: string[]) => void;
}

export const FIX_HINT = 'Сборка остановлена. Исправьте файлы и запустите её снова; что значит каждое сообщение — в docs/editing.md.';
/** How long the content folder must be quiet before `astro dev` checks it again. */
const SETTLE_MS = 150;
const DEV_FIX_HINT = 'Исправьте файл и сохраните: страница в браузере обновится сама.';

/** Runs every content check over the folder as it is on disk now. */
export function checkContentFolder(root: string, { contentDir, today }: ContentChecksOptions): ContentReport {
  return checkContent(readContentFiles(root, contentDir), { today, contentDir, exists: (file) => existsSync(path.join(root, file)) });
}

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
 * Under `astro dev` the same checks run again on every change in the folder: the
 * problems go to the terminal once and to a banner on every page, and the server
 * keeps running so the editor can fix the file and see the page.
 */
export function contentChecks(options: ContentChecksOptions): AstroIntegration {
  let root = '';
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        const report = checkContentFolder(root, options);
        if (report.problems.length > 0) {
          // Not thrown: Astro would print it as Markdown (eating [text](url)) under an English header and a stack trace.
          // Written synchronously, so nothing is lost when the process ends right after.
          writeSync(2, `\n${formatProblemReport(report.problems)}\n\n${FIX_HINT}\n\n`);
          process.exit(1);
        }
        reportPlan(report, logger);
        const published = report.articles.filter((article) => article.state === 'published').map((article) => article.file);
        options.onChecked?.(root, cardJobs(root, report.articles, report.issues), published);
      },
      'astro:server:setup': ({ server, logger }) => {
        const folder = path.resolve(root, options.contentDir) + path.sep;
        const publish = serveContentProblems(server);
        let printed = '';
        let published = '';
        // The list is published to the pages at once, before any page can reload and render the broken
        // file; the terminal hears of it once the folder has settled, so a half-written file is never printed.
        const recheck = (print: boolean) => {
          const { problems } = checkContentFolder(root, options);
          const text = problems.length > 0 ? `${formatProblemReport(problems)}\n${DEV_FIX_HINT}` : '';
          if (text !== published) {
            published = text;
            publish(problems);
          }
          if (!print || text === printed) return;
          if (text) logger.error(text);
          else if (printed) logger.info('content/: ошибок больше нет.');
          printed = text;
        };
        recheck(true);
        let pending: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!path.resolve(file).startsWith(folder)) return;
          recheck(false);
          clearTimeout(pending);
          pending = setTimeout(() => recheck(true), SETTLE_MS);
        });
      },
    },
  };
}
