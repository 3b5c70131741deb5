/** Components editors may use in MDX without importing them; src/components/mdx/index.ts provides them. */
export const MDX_COMPONENT_NAMES = ['Aside', 'Quote'] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
