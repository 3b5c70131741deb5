import { existsSync } from 'node:fs';
import type { Loader, LoaderContext } from 'astro/loaders';

interface EntryType {
  getEntryInfo: (input: { contents: string; fileUrl: URL }) => Promise<{ body: string; data: Record<string, unknown> }> | { body: string; data: Record<string, unknown> };
}

/**
 * For `astro dev` only: an article whose fields do not parse or do not fit the
 * schema is left as it was (or left out) instead of stopping the content sync,
 * which at start-up would stop the dev server itself. The content checks show
 * the editor what is wrong; the loader's own English error would only repeat it.
 */
export function tolerantLoader(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const invalid = new Set<string>();
      const unreadable = Symbol('unreadable frontmatter');
      // entryTypes is how the glob loader reads frontmatter; it is not in the public context type.
      const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      const tolerantTypes = entryTypes && new Map(
        [...entryTypes].map(([extension, type]) => [
          extension,
          {
            ...type,
            getEntryInfo: async (input: Parameters<EntryType['getEntryInfo']>[0]) => {
              try {
                return await type.getEntryInfo(input);
              } catch {
                return { body: '', data: { [unreadable]: true } };
              }
            },
          },
        ]),
      );
      const store: LoaderContext['store'] = Object.create(context.store, {
        set: { value: (entry: Parameters<LoaderContext['store']['set']>[0]) => (invalid.has(entry.id) ? false : context.store.set(entry)) },
      });
      await loader.load({
        ...context,
        ...(tolerantTypes ? { entryTypes: tolerantTypes } : {}),
        store,
        parseData: async (props) => {
          try {
            if (unreadable in props.data) throw new Error('unreadable');
            const data = await context.parseData(props);
            invalid.delete(props.id);
            return data;
          } catch {
            invalid.add(props.id);
            return props.data;
          }
        },
      } as LoaderContext);
    },
  };
}

/** A file loader that finds nothing, without an error, while its file does not exist. */
export function optionalFile(fileName: string, loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      if (existsSync(new URL(fileName, context.config.root))) return loader.load(context);
      context.store.clear();
    },
  };
}
