import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Typograf from 'typograf';

/**
 * Russian typography: «ёлочки» with „лапками“ inside, em dashes with a non-breaking
 * space before them, non-breaking spaces after short words and in numbers.
 * Output is plain Unicode (no HTML entities): it goes into text nodes that the
 * HTML serializer escapes itself.
 */
const typograf = new Typograf({ locale: ['ru', 'en-US'], htmlEntity: { type: 'default' } });

/**
 * Rules that change what the author wrote rather than how it is set (dates rewritten
 * from ISO, letters «fixed» for a wrong keyboard layout, (c) → ©, signs in numbers,
 * doubled punctuation removed, phone numbers reformatted), plus trimming, which would
 * glue text to the inline markup around it. Fewer rules also make the build faster.
 */
const REWORDING_RULES = [
  'ru/date/*',
  'ru/typo/*',
  'ru/number/*',
  'common/number/*',
  'common/symbols/*',
  'ru/symbols/*',
  'ru/other/*',
  'common/html/*',
  'common/punctuation/apostrophe',
  'common/punctuation/delDoublePunctuation',
  'ru/punctuation/exclamation',
  'ru/punctuation/exclamationQuestion',
  'common/space/trimLeft',
  'common/space/trimRight',
  // These join two words into one with a hyphen («что либо» → «что-либо»), which changes what the author said.
  'ru/dash/to',
  'ru/dash/koe',
  'ru/dash/ka',
  'ru/dash/de',
  'ru/dash/taki',
  'ru/dash/izpod',
  'ru/dash/izza',
  'ru/dash/kakto',
  // A space after «!» or «?» inside a word splits a name: «НОВЕЛЛЬНЫЙ20!8» would become «НОВЕЛЛЬНЫЙ20! 8».
  'common/space/afterExclamationMark',
  'common/space/afterQuestionMark',
  // Binds «если», «или», «как», «он»… to the next word: chains of them leave ragged short lines on phones.
  // Short words of one or two letters, particles and initials keep their non-breaking spaces.
  'common/nbsp/afterShortWordByList',
];
for (const rule of REWORDING_RULES) typograf.disableRule(rule);

const EDGE_SPACES = /^(\s*)([\s\S]*?)(\s*)$/;

/**
 * Hyphens that must not end a line: particles written with a hyphen (что-то, кто-либо,
 * где-нибудь, всё-таки, кое-где) become U+2011, which looks the same and keeps the word whole.
 */
const PARTICLE_HYPHEN = /(?<=\p{L})-(?=(?:то|либо|нибудь|таки|ка)(?![\p{L}\p{N}-]))|(?<=(?<![\p{L}\p{N}])[Кк]ое)-(?=\p{L})/gu;
const keepParticles = (text: string) => text.replace(PARTICLE_HYPHEN, '\u2011');

/**
 * Typograf sees one text node at a time, so a dash written at its edge, next to a link
 * or other markup («Подробности - [в заметках](…)»), looks like a lone hyphen to it.
 * Spaced on both sides (the edge space is kept outside the core), it is a dash.
 */
const edgeDashes = (before: string, core: string, after: string) => {
  let result = core;
  if (after && / -$/.test(result)) result = `${result.slice(0, -2)}\u00a0—`;
  if (before && /^- /.test(result)) result = `—${result.slice(1)}`;
  return result;
};

/**
 * Typeset texts, keyed by a hash of the source text (a quarter of the memory of
 * keying by the text itself). Typograf costs ~4 ms per article, and a rebuild sees
 * the same paragraphs again, so the memo is kept on disk between builds
 * (see typography-cache-integration.ts).
 */
interface MemoEntry {
  result: string;
  check: string;
}
const memo = new Map<string, MemoEntry>();
/** Entries read from disk, trusted only once they prove to belong to the text asked for. */
const kept = new Map<string, MemoEntry>();
const hash = (text: string) => createHash('sha1').update(text).digest('base64');
const keyOf = (text: string) => hash(text);
/** Ties a result to its source text: an entry edited, swapped or left by other rules fails it. */
const checkOf = (text: string, result: string) => hash(`${text}\u0000${result}`).slice(0, 12);

/** Typesets a run of text, keeping its leading and trailing spaces so inline markup around it stays apart. */
export function typeset(text: string): string {
  const key = keyOf(text);
  const known = memo.get(key);
  if (known !== undefined) return known.result;
  const fromDisk = kept.get(key);
  if (fromDisk && fromDisk.check === checkOf(text, fromDisk.result)) {
    memo.set(key, fromDisk);
    return fromDisk.result;
  }
  const [, before = '', core = '', after = ''] = EDGE_SPACES.exec(text) ?? [];
  const result = /[\p{L}\p{N}"'-]/u.test(core) ? before + keepParticles(edgeDashes(before, typograf.execute(core), after)) + after : text;
  const entry = { result, check: checkOf(text, result) };
  memo.set(key, entry);
  fresh?.push(memoLine(key, entry));
  return result;
}

/** Lines of the texts typeset since the last drain, while someone collects them (see collectNewTypesetLines). */
let fresh: string[] | undefined;

/**
 * Starts collecting, as memo lines, every text this process typesets from now on; the
 * function returned hands over what was collected since its last call. The process that
 * typesets ahead of the build (src/cli/typeset-ahead.ts) sends these to the build.
 */
export function collectNewTypesetLines(): () => string[] {
  fresh = [];
  return () => fresh!.splice(0);
}

const memoLine = (key: string, { result, check }: MemoEntry) => `${key}\t${check}\t${JSON.stringify(result)}\n`;

/**
 * What the memo depends on besides the text: Typograf's version and this file's code
 * (its rules and fix-ups). A memo written under anything else is not read, so a rule
 * change never needs anyone to remember to bump a version.
 */
function memoHeader(): string {
  const code = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  return `typeset-memo ${createHash('sha256').update(`${Typograf.version}\u0000${code}`).digest('hex').slice(0, 16)}`;
}

/**
 * The memo as lines for the disk cache, one entry per line, produced lazily so no giant
 * string is built. Only what this build typeset or used is written: the rest is pruned.
 */
export function* exportTypesetMemo(): Generator<string> {
  yield `${memoHeader()}\n`;
  for (const [key, entry] of memo) yield memoLine(key, entry);
}

/** Loads a memo written by exportTypesetMemo; anything unreadable, from other code, or not matching its text is ignored. */
export function importTypesetMemo(text: string): number {
  const lines = text.split('\n');
  if (lines[0] !== memoHeader()) return 0;
  return acceptTypesetLines(lines.slice(1));
}

/**
 * Takes memo lines (no header) from this build's own code: the typeset-ahead process's.
 * Like the disk memo's, each is used only if it proves to belong to the text asked for.
 */
export function acceptTypesetLines(lines: readonly string[]): number {
  let loaded = 0;
  for (const line of lines) {
    const [key, check, json] = line.split('\t');
    if (key === undefined || !check || json === undefined) continue;
    try {
      const result: unknown = JSON.parse(json);
      if (typeof result === 'string') {
        kept.set(key, { result, check });
        loaded++;
      }
    } catch {
      // a damaged line: that paragraph is typeset again
    }
  }
  return loaded;
}
