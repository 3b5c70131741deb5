/** JSON for a <script type="application/ld+json">: `<` escaped, so no text can close the script element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export interface ArticleJsonLdInput {
  url: string;
  headline: string;
  description: string;
  author: string;
  datePublished: string;
  dateModified?: string | undefined;
  image: string;
  publisher: string;
  publisherUrl: string;
  inLanguage: string;
}

/** schema.org Article, the fields search engines and link previews read. */
export function articleJsonLd(input: ArticleJsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.headline,
    description: input.description,
    author: { '@type': 'Person', name: input.author },
    datePublished: input.datePublished,
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    image: [input.image],
    publisher: { '@type': 'Organization', name: input.publisher, url: input.publisherUrl },
    inLanguage: input.inLanguage,
  };
}
