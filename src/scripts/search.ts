// The search page's script: reads ?q=, runs Pagefind's JS API and draws the results.
// Pagefind (its script and WebAssembly, about 70 KB) is loaded at the first query, not with the page.
import { excerptParts, matchedOnlyByShortPrefix } from '../lib/search/excerpt.ts';
import { fill, foundMessage, type SearchMessages } from '../lib/search/messages.ts';
import { normaliseQuery, pagefindTerm } from '../lib/search/query.ts';
import { EXCERPT_WORDS, QUERY_PARAM, RESULTS_PER_PAGE, SECTIONS_PER_RESULT } from '../lib/search/search-config.ts';

/** The part of pagefind.js this page uses. */
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Partial<Record<string, string>>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface PagefindResult {
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** null when a newer search has replaced this one. */
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Pause in typing before a search runs: one search per word, not per letter. */
const TYPING_PAUSE_MS = 250;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text nodes and <mark>s from an excerpt: nothing from the index is parsed as HTML. */
function excerptNodes(excerpt: string): Node[] {
  return excerptParts(excerpt).map((part) => (part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text)));
}

function bidi(text: string): HTMLElement {
  return element('bdi', undefined, text);
}

function resultItem(data: PagefindData, messages: SearchMessages): HTMLLIElement {
  const item = element('li', 'search-result');
  const link = element('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  const title = element('h2', 'search-result__title');
  title.append(link);
  item.append(title);
  const facts = [data.meta.issue, data.meta.author].filter((fact): fact is string => Boolean(fact));
  if (facts.length > 0) {
    const meta = element('p', 'search-result__meta');
    facts.forEach((fact, i) => meta.append(...(i > 0 ? [' · '] : []), bidi(fact)));
    item.append(meta);
  }
  const excerpt = element('p', 'search-result__excerpt');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  // Pagefind's first sub-result is often the page itself (the text before the first heading): only headings link here.
  const sections = data.sub_results.filter((sub) => sub.url.includes('#')).slice(0, SECTIONS_PER_RESULT);
  if (sections.length > 0) {
    const list = element('ul', 'search-result__sections');
    list.setAttribute('aria-label', messages.sections);
    for (const section of sections) {
      const sectionLink = element('a', undefined, section.title);
      sectionLink.href = section.url;
      const entry = element('li');
      entry.append(sectionLink);
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

export function setUpSearch(root: HTMLElement): void {
  const form = root.querySelector('form');
  const input = form?.elements.namedItem(QUERY_PARAM);
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const results = root.querySelector<HTMLElement>('[data-search-results]');
  const list = root.querySelector<HTMLOListElement>('[data-search-list]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const browse = root.querySelector<HTMLElement>('[data-search-browse]');
  const { searchBundle, searchBase, searchMessages } = root.dataset;
  if (!form || !(input instanceof HTMLInputElement) || !status || !results || !list || !more || !browse || !searchBundle || !searchMessages) return;
  const messages = JSON.parse(searchMessages) as SearchMessages;

  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> =>
    (pagefind ??= import(/* @vite-ignore */ searchBundle).then(async (api: Pagefind) => {
      // No web worker: one file and one request fewer; this page's policy allows the WebAssembly.
      await api.options({ baseUrl: searchBase, excerptLength: EXCERPT_WORDS, noWorker: true });
      await api.init();
      return api;
    }));

  // Each search has a number; the answer of one that a newer search replaced is dropped.
  let generation = 0;
  let found: PagefindResult[] = [];
  let foundFor = '';
  let shown = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const showResults = (visible: boolean) => {
    results.hidden = !visible;
    browse.hidden = visible;
  };

  /**
   * Draws the next results (the first ones replace the last search's, only once they are ready);
   * false when the first of them matched only through a one- or two-letter word.
   */
  const showMore = async (query: string, mine: number): Promise<boolean> => {
    const batch = await Promise.all(found.slice(shown, shown + RESULTS_PER_PAGE).map((result) => result.data()));
    if (mine !== generation) return true;
    if (shown === 0 && batch[0] && matchedOnlyByShortPrefix([batch[0].excerpt, ...batch[0].sub_results.map((sub) => sub.excerpt)], query)) return false;
    const items = batch.map((data) => resultItem(data, messages));
    if (shown === 0) list.replaceChildren(...items);
    else list.append(...items);
    shown += batch.length;
    more.hidden = shown >= found.length;
    return true;
  };

  const run = async (raw: string) => {
    const query = normaliseQuery(raw);
    const mine = ++generation;
    const address = new URL(location.href);
    if (query) address.searchParams.set(QUERY_PARAM, query);
    else address.searchParams.delete(QUERY_PARAM);
    history.replaceState(history.state, '', address);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      showResults(false);
      return;
    }
    try {
      const search = await (await load()).search(pagefindTerm(query));
      if (mine !== generation || !search) return;
      found = search.results;
      foundFor = query;
      shown = 0;
      more.hidden = true;
      const shownAny = found.length > 0 && (await showMore(query, mine));
      if (mine !== generation) return;
      if (!shownAny) {
        found = [];
        list.replaceChildren();
      }
      status.textContent = found.length > 0 ? foundMessage(messages, found.length, query) : fill(messages.nothing, 0, query);
      showResults(found.length > 0);
    } catch {
      if (mine !== generation) return;
      pagefind = undefined; // the next query tries to load it again
      status.textContent = messages.failed;
      showResults(false);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  more.addEventListener('click', async () => {
    const firstNew = shown;
    await showMore(foundFor, generation);
    // Keyboard and screen reader users go on where the new results begin.
    list.children[firstNew]?.querySelector('a')?.focus();
  });

  const initial = normaliseQuery(new URL(location.href).searchParams.get(QUERY_PARAM));
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setUpSearch(root);
