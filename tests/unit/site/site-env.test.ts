import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSiteEnv } from '../../../src/lib/site/site-env.ts';

let dir: string;
const project = (files: Record<string, string>) => {
  dir = mkdtempSync(path.join(tmpdir(), 'site-env-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
};

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readSiteEnv', () => {
  it('reads .env, with .env.local over it', () => {
    const root = project({ '.env': 'SITE_URL=https://a.example\nBASE_PATH=/a\n', '.env.local': 'BASE_PATH=/b\n' });
    expect(readSiteEnv(root, {})).toEqual({ SITE_URL: 'https://a.example', BASE_PATH: '/b' });
  });

  it('lets a non-empty process variable win, but not an empty one', () => {
    const root = project({ '.env': 'SITE_URL=https://a.example\nBASE_PATH=/a\n' });
    expect(readSiteEnv(root, { SITE_URL: 'https://b.example', BASE_PATH: '' })).toEqual({ SITE_URL: 'https://b.example', BASE_PATH: '/a' });
  });

  it('ignores variables it does not know and works without a file', () => {
    const root = project({ '.env': 'SECRET=x\n' });
    expect(readSiteEnv(root, { PATH: '/bin' })).toEqual({});
  });
});
