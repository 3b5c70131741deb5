import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';

/**
 * The variables documented in the README: where the site is served (set by deployers),
 * and where the build reads articles and keeps caches, and which day it takes as today
 * (set by tests and for previews).
 */
export const SITE_ENV_KEYS = ['SITE_URL', 'BASE_PATH', 'EDIT_URL_BASE', 'CONTENT_DIR', 'CACHE_DIR', 'BUILD_DATE'] as const;
export type SiteEnv = Partial<Record<(typeof SITE_ENV_KEYS)[number], string>>;

/**
 * Reads `.env` then `.env.local` from the project folder, and lets a variable set
 * (non-empty) in the process environment win. astro.config.mjs does not read
 * .env by itself, and Vite's loadEnv would let an empty shell variable wipe a
 * value from the file.
 */
export function readSiteEnv(projectDir: string, processEnv: Record<string, string | undefined>): SiteEnv {
  const env: SiteEnv = {};
  for (const file of ['.env', '.env.local']) {
    const full = path.join(projectDir, file);
    if (!existsSync(full)) continue;
    const parsed = parseEnv(readFileSync(full, 'utf8'));
    for (const key of SITE_ENV_KEYS) if (parsed[key]) env[key] = parsed[key];
  }
  for (const key of SITE_ENV_KEYS) {
    const value = processEnv[key];
    if (value) env[key] = value;
  }
  return env;
}
