import type { Loader } from 'astro/loaders';
import { publicationState } from './publication.ts';
import type { ArticleData } from './article-schema.ts';

export interface PublishableOptions {
  /** `YYYY-MM-DD`: articles dated later are scheduled. */
  today: string;
  /** Keep drafts and scheduled articles (dev preview). */
  preview: boolean;
}

/**
 * Wraps a loader so that a build never holds a draft or a scheduled article:
 * not filtering pages is not enough, since every entry left in the store has its
 * module and pictures bundled into dist/.
 */
export function publishableOnly(loader: Loader, { today, preview }: PublishableOptions): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      if (preview) return;
      for (const [id, entry] of context.store.entries()) {
        if (publicationState(entry.data as ArticleData, today) !== 'published') context.store.delete(id);
      }
    },
  };
}
