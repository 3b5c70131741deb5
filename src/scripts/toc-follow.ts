import { currentSectionIndex, readerScrolled, readingLine, scrollTopToReveal } from '../lib/reader/scroll-spy.ts';

/** Same breakpoint as the stylesheet's side-column layout. */
const WIDE = window.matchMedia('(min-width: 68rem)');

export function followToc(nav: HTMLElement): void {
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  const details = nav.querySelector('details');
  const summary = details?.querySelector('summary');
  if (links.length === 0 || targets.some((target) => target === null) || !details || !summary) return;
  const headings = targets as HTMLElement[];
  const root = document.documentElement;
  const currentLabel = nav.querySelector<HTMLElement>('[data-toc-current]');
  const position = nav.querySelector<HTMLElement>('[data-toc-position]');
  // The server put the name of the text before the first heading («Начало») in the label.
  const start = currentLabel?.textContent ?? '';
  const list = nav.querySelector<HTMLElement>('.toc__list');
  let current = -1;
  let frame = 0;
  // Where the page stood once the phone TOC had opened (opening can move it); NaN while closed or settling.
  let openedAt = NaN;

  const markCurrent = (index: number) => {
    if (index === current) return;
    links[current]?.removeAttribute('aria-current');
    current = index;
    const link = links[index];
    if (currentLabel) currentLabel.textContent = link?.textContent ?? start;
    if (position) position.textContent = link ? position.dataset.tocPosition!.replace('{n}', String(index + 1)) : '';
    if (!link) return;
    link.setAttribute('aria-current', 'location');
    // Scroll only the TOC's own box: scrollIntoView would also move the page.
    if (list && list.scrollHeight > list.clientHeight) {
      const top = link.offsetTop - list.offsetTop;
      list.scrollTop = scrollTopToReveal(top, top + link.offsetHeight, list.scrollTop, list.clientHeight);
    }
  };

  const phoneOpen = () => details.open && !WIDE.matches;
  const close = () => {
    if (phoneOpen()) details.open = false;
  };

  const update = () => {
    frame = 0;
    if (phoneOpen() && readerScrolled(openedAt, window.scrollY)) close();
    const scrollable = root.scrollHeight > window.innerHeight + 1;
    const atEnd = scrollable && window.scrollY + window.innerHeight >= root.scrollHeight - 2;
    const line = readingLine(window.innerHeight, parseFloat(getComputedStyle(root).scrollPaddingTop) || 0);
    markCurrent(currentSectionIndex(headings.map((h) => h.getBoundingClientRect().top), line, atEnd));
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(update);
  };

  // The side column is always open; on a phone the reader's choice stands.
  const syncOpen = () => {
    if (WIDE.matches) details.open = true;
  };

  details.addEventListener('toggle', () => {
    openedAt = NaN;
    // Two frames: after the layout that opening causes, and any scroll anchoring it brings.
    if (details.open) requestAnimationFrame(() => requestAnimationFrame(() => (openedAt = window.scrollY)));
  });
  nav.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('a')) return;
    // Close before the jump, so the heading lands where the browser aimed, not a TOC's height lower.
    close();
    // Only this jump glides (see .toc-jump in the stylesheet); a link from elsewhere lands at once.
    root.classList.add('toc-jump');
  });
  window.addEventListener('scrollend', () => root.classList.remove('toc-jump'));
  // A tap anywhere else closes the phone TOC (on pointerup: the tap still reaches what it was aimed at),
  // as does focus moving on past it, and Escape, which gives focus back to its summary.
  document.addEventListener('pointerup', (event) => {
    if (!nav.contains(event.target as Node)) close();
  });
  nav.addEventListener('focusout', (event) => {
    const to = event.relatedTarget as Node | null;
    // Not to <main> around it: a press on the text focuses <main> before the pointerup above decides.
    if (to && !nav.contains(to) && !to.contains(nav)) close();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !phoneOpen()) return;
    close();
    summary.focus();
  });
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', () => {
    syncOpen();
    schedule();
  });
  WIDE.addEventListener('change', syncOpen);
  syncOpen();
  update();
}
