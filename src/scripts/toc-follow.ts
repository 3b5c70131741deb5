import { currentSectionIndex, readingLine, scrollTopToReveal } from '../lib/reader/scroll-spy.ts';

/** Same breakpoint as the stylesheet's side-column layout. */
const WIDE = window.matchMedia('(min-width: 68rem)');

export function followToc(nav: HTMLElement): void {
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  if (links.length === 0 || targets.some((target) => target === null)) return;
  const headings = targets as HTMLElement[];
  const details = nav.querySelector('details');
  const currentLabel = nav.querySelector<HTMLElement>('[data-toc-current]');
  const list = nav.querySelector<HTMLElement>('.toc__list');
  let current = -1;
  let frame = 0;

  const markCurrent = (index: number) => {
    if (index === current) return;
    links[current]?.removeAttribute('aria-current');
    current = index;
    const link = links[index];
    if (currentLabel) currentLabel.textContent = link?.textContent ?? '';
    if (!link) return;
    link.setAttribute('aria-current', 'location');
    // Scroll only the TOC's own box: scrollIntoView would also move the page.
    if (list && list.scrollHeight > list.clientHeight) {
      const top = link.offsetTop - list.offsetTop;
      list.scrollTop = scrollTopToReveal(top, top + link.offsetHeight, list.scrollTop, list.clientHeight);
    }
  };

  const update = () => {
    frame = 0;
    const root = document.documentElement;
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
    if (details && WIDE.matches) details.open = true;
  };

  nav.addEventListener('click', (event) => {
    // Close before the jump, so the heading lands where the browser aimed, not a TOC's height lower.
    if (details && !WIDE.matches && (event.target as Element).closest('a')) details.open = false;
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
