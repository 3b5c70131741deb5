import { describe, expect, it } from 'vitest';
import { currentSectionIndex, readerScrolled, readingLine, scrollTopToReveal } from '../../../src/lib/reader/scroll-spy.ts';

describe('currentSectionIndex', () => {
  it('is -1 above the first heading', () => {
    expect(currentSectionIndex([300, 900], 200, false)).toBe(-1);
  });

  it('is the last heading that passed the reading line', () => {
    expect(currentSectionIndex([-500, 100, 900], 200, false)).toBe(1);
    expect(currentSectionIndex([-500, 200, 900], 200, false)).toBe(1);
  });

  it('is the last heading at the end of the page, even when it never reached the line', () => {
    expect(currentSectionIndex([-900, -100, 600], 200, true)).toBe(2);
  });

  it('is -1 without headings', () => {
    expect(currentSectionIndex([], 200, true)).toBe(-1);
  });
});

describe('readingLine', () => {
  it('is a third of the viewport', () => {
    expect(readingLine(900, 24)).toBe(300);
  });

  it('stays below where a jumped-to heading lands', () => {
    expect(readingLine(150, 72)).toBe(88);
  });
});

describe('scrollTopToReveal', () => {
  it('keeps the position when the item is visible', () => {
    expect(scrollTopToReveal(120, 150, 100, 200)).toBe(100);
  });

  it('scrolls up to an item above the view', () => {
    expect(scrollTopToReveal(40, 70, 100, 200)).toBe(40);
  });

  it('scrolls down just enough for an item below the view', () => {
    expect(scrollTopToReveal(320, 350, 100, 200)).toBe(150);
  });

  it('shows the top of an item taller than the view', () => {
    expect(scrollTopToReveal(320, 600, 100, 200)).toBe(320);
  });
});

describe('readerScrolled', () => {
  it('is a scroll once the page moved past the threshold, either way', () => {
    expect([readerScrolled(1000, 1010), readerScrolled(1000, 1030), readerScrolled(1000, 960)]).toEqual([false, true, true]);
  });

  it('is never a scroll before the open TOC has settled (NaN)', () => {
    expect(readerScrolled(Number.NaN, 5000)).toBe(false);
  });
});
