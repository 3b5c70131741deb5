import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { publishableOnly } from '../../../src/lib/content/publishable-loader.ts';
import { optionalFile, tolerantLoader } from '../../../src/lib/content/tolerant-loader.ts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
}

/** The part of Astro's loader context these wrappers touch: a store, parseData, entry types. */
function fakeContext(parse: (data: Record<string, unknown>) => Record<string, unknown> = (data) => data) {
  const entries = new Map<string, Entry>();
  const store = {
    set: (entry: Entry) => (entries.set(entry.id, entry), true),
    get: (id: string) => entries.get(id),
    entries: () => [...entries.entries()],
    delete: (id: string) => void entries.delete(id),
  };
  const entryTypes = new Map([['.mdx', { getEntryInfo: ({ contents }: { contents: string }) => {
    if (contents.startsWith('broken')) throw new Error('bad YAML');
    return { body: contents, data: JSON.parse(contents) as Record<string, unknown> };
  } }]]);
  const context = {
    store,
    entryTypes,
    parseData: async ({ data }: { id: string; data: Record<string, unknown> }) => parse(data),
  } as unknown as LoaderContext;
  return { context, entries };
}

/** A loader like the glob loader: reads each file's frontmatter through the entry type, parses it, stores it. */
const filesLoader = (files: Record<string, string>): Loader => ({
  name: 'files',
  load: async (context) => {
    const type = (context as unknown as { entryTypes: Map<string, { getEntryInfo: (i: { contents: string }) => Promise<{ data: Record<string, unknown> }> }> }).entryTypes.get('.mdx')!;
    for (const [id, contents] of Object.entries(files)) {
      const { data } = await type.getEntryInfo({ contents });
      context.store.set({ id, data: await context.parseData({ id, data }) });
    }
  },
});

const dated = (published: { year: number; month: number; day?: number }, draft = false) => ({ published, draft });

describe('publishableOnly', () => {
  const loader = (entries: Record<string, ReturnType<typeof dated>>): Loader => ({
    name: 'inner',
    load: async (context) => {
      for (const [id, data] of Object.entries(entries)) context.store.set({ id, data });
    },
  });
  const all = { old: dated({ year: 2024, month: 1 }), draft: dated({ year: 2024, month: 1 }, true), later: dated({ year: 2025, month: 7 }) };

  it('keeps only published articles in a build', async () => {
    const { context, entries } = fakeContext();
    await publishableOnly(loader(all), { today: '2025-06-15', preview: false }).load(context);
    expect([...entries.keys()]).toEqual(['old']);
  });

  it('keeps everything for a preview, and keeps the inner loader’s name', async () => {
    const { context, entries } = fakeContext();
    const wrapped = publishableOnly(loader(all), { today: '2025-06-15', preview: true });
    await wrapped.load(context);
    expect([...entries.keys()]).toEqual(['old', 'draft', 'later']);
    expect(wrapped.name).toBe('inner');
  });
});

describe('tolerantLoader', () => {
  const strict = (data: Record<string, unknown>) => {
    if (typeof data.title !== 'string') throw new Error('title must be text');
    return data;
  };

  it('stores valid entries and leaves out one that does not parse or fit the schema, without failing', async () => {
    const { context, entries } = fakeContext(strict);
    await tolerantLoader(filesLoader({ a: '{"title":"A"}', b: '{"title":2}', c: 'broken: yes: no' })).load(context);
    expect([...entries.keys()]).toEqual(['a']);
  });

  it('keeps the last good version of an entry that breaks', async () => {
    const { context, entries } = fakeContext(strict);
    await tolerantLoader(filesLoader({ a: '{"title":"A"}' })).load(context);
    await tolerantLoader(filesLoader({ a: '{"title":2}' })).load(context);
    expect(entries.get('a')?.data).toEqual({ title: 'A' });
  });

  it('stores an entry again once it is fixed', async () => {
    const { context, entries } = fakeContext(strict);
    const loader = tolerantLoader(filesLoader({ a: '{"title":2}' }));
    await loader.load(context);
    await tolerantLoader(filesLoader({ a: '{"title":"Исправлено"}' })).load(context);
    expect(entries.get('a')?.data).toEqual({ title: 'Исправлено' });
  });

  it('leaves out a file whose fields do not parse, even where the schema would take any fields', async () => {
    const { context, entries } = fakeContext();
    await tolerantLoader(filesLoader({ a: '{"title":"A"}', b: 'broken: yes: no' })).load(context);
    expect([...entries.keys()]).toEqual(['a']);
  });

  it('gives the loader an empty body for a file whose fields do not parse, and tells it the entry was not stored', async () => {
    const { context } = fakeContext();
    const seen: unknown[] = [];
    await tolerantLoader({
      name: 'recording',
      load: async (inner) => {
        const type = (inner as unknown as { entryTypes: Map<string, { getEntryInfo: (i: { contents: string }) => Promise<{ body: string; data: Record<string, unknown> }> }> }).entryTypes.get('.mdx')!;
        for (const [id, contents] of [['good', '{"title":"A"}'], ['bad', 'broken: yes: no']] as const) {
          const { body, data } = await type.getEntryInfo({ contents });
          seen.push(body, inner.store.set({ id, data: await inner.parseData({ id, data }) }));
        }
      },
    }).load(context);
    expect(seen).toEqual(['{"title":"A"}', true, '', false]);
  });
});

describe('optionalFile', () => {
  const withRoot = (root: URL) => {
    const cleared: string[] = [];
    const context = { config: { root }, store: { clear: () => cleared.push('cleared') } } as unknown as LoaderContext;
    return { context, cleared };
  };
  const inner = (calls: string[]): Loader => ({ name: 'file-loader', load: async () => void calls.push('loaded') });

  it('loads the file when it exists', async () => {
    const calls: string[] = [];
    const { context, cleared } = withRoot(new URL('../../../', import.meta.url));
    await optionalFile('./package.json', inner(calls)).load(context);
    expect([calls, cleared]).toEqual([['loaded'], []]);
  });

  it('finds nothing, and says nothing, while the file does not exist', async () => {
    const calls: string[] = [];
    const { context, cleared } = withRoot(new URL('../../../', import.meta.url));
    const loader = optionalFile('./content/net-takogo.yaml', inner(calls));
    await loader.load(context);
    expect([calls, cleared, loader.name]).toEqual([[], ['cleared'], 'file-loader']);
  });
});
