/**
 * Which section is being read: the last heading whose top has passed the reading
 * line, or the last heading once the page can scroll no further (a short final
 * section never reaches the line). -1 while the reader is still above the first.
 */
export function currentSectionIndex(headingTops: readonly number[], readingLine: number, atPageEnd: boolean): number {
  if (headingTops.length === 0) return -1;
  if (atPageEnd) return headingTops.length - 1;
  let index = -1;
  for (const [i, top] of headingTops.entries()) {
    if (top > readingLine) break;
    index = i;
  }
  return index;
}

/** The reading line sits a third of the way down the viewport, but never above a heading just jumped to. */
export function readingLine(viewportHeight: number, scrollPaddingTop: number): number {
  return Math.max(scrollPaddingTop + 16, viewportHeight / 3);
}

/**
 * New scrollTop for a scrolling list so that the item [top, bottom] (in the
 * list's content coordinates) is fully visible, moving as little as possible.
 */
export function scrollTopToReveal(itemTop: number, itemBottom: number, viewTop: number, viewHeight: number): number {
  if (itemTop < viewTop) return itemTop;
  if (itemBottom > viewTop + viewHeight) return Math.min(itemTop, itemBottom - viewHeight);
  return viewTop;
}

/**
 * Whether the page has moved far enough from where it stood when the phone TOC opened to be the reader
 * scrolling (which closes it), rather than a nudge from the layout. NaN (not settled yet) is never a scroll.
 */
export function readerScrolled(openedAt: number, scrollY: number, threshold = 24): boolean {
  return Math.abs(scrollY - openedAt) > threshold;
}
