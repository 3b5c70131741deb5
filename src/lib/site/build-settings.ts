import path from 'node:path';
import type { SiteEnv } from './site-env.ts';
import { DEFAULT_CONTENT_DIR } from '../content/content-files.ts';
import { localDay } from '../content/publication.ts';

export interface BuildSettings {
  /** The articles' folder, relative to the project (posix separators). */
  contentDir: string;
  /** Absolute folder for caches kept between builds. */
  cacheDir: string;
  /** `YYYY-MM-DD`: articles dated later are scheduled. */
  today: string;
}

/**
 * Where the build reads articles and keeps caches, and which day it takes as today.
 * Tests point these at fixture sites, a fresh cache and a fixed day.
 */
export function buildSettings(root: string, env: SiteEnv, now: Date = new Date()): BuildSettings {
  const contentDir = (env.CONTENT_DIR || DEFAULT_CONTENT_DIR).split(path.sep).join('/').replace(/\/+$/, '');
  if (path.isAbsolute(contentDir) || contentDir.split('/').includes('..')) {
    throw new Error(`CONTENT_DIR=${JSON.stringify(env.CONTENT_DIR)}: expected a folder inside the project, such as content`);
  }
  const today = env.BUILD_DATE || localDay(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    throw new Error(`BUILD_DATE=${JSON.stringify(env.BUILD_DATE)}: expected a day as YYYY-MM-DD, such as 2026-01-31`);
  }
  return { contentDir, cacheDir: path.resolve(root, env.CACHE_DIR || '.cache'), today };
}
