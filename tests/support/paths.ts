import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Where the site tests build to, so a developer's own dist/ is never overwritten by a test build. */
export const testDistRoot = path.join(projectRoot, '.cache', 'test-dist');
export const TEST_SITE_URL = 'https://journal.example.org';

export function distDir(name: string): string {
  return path.join(testDistRoot, name);
}
