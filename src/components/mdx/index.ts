import type { MdxComponentName } from '../../lib/content/mdx-component-names';
import Aside from './Aside.astro';
import Quote from './Quote.astro';
import ArticlePicture from '../ArticlePicture.astro';

/** Components editors may use in any article without importing them (see docs/editing.md). */
export const mdxComponents = { Aside, Quote } satisfies Record<MdxComponentName, unknown>;

/** What an article's Content renders with: the editors' components, and every Markdown picture made responsive. */
export const contentComponents = { ...mdxComponents, img: ArticlePicture };
