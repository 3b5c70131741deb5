import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';

/** Every file under a directory, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export function htmlPages(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html'));
}

/** A built text file (HTML, XML, …) as a string. */
export function readBuilt(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

export function loadPage(dir: string, file: string): cheerio.CheerioAPI {
  return cheerio.load(readBuilt(dir, file));
}

/** Words compared case- and punctuation-insensitively; ё and е are one letter to a reader's eye. */
export function words(text: string): string[] {
  return (text.toLowerCase().replace(/ё/g, 'е').match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Text with typography's non-breaking spaces read as plain spaces. */
export function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** Every file of a built site with the SHA-256 of its bytes: two builds compare equal only if byte-identical. */
export function fileHashes(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]));
}
