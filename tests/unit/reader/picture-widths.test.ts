import { describe, expect, it } from 'vitest';
import { pictureWidths } from '../../../src/lib/reader/picture-widths.ts';

describe('pictureWidths', () => {
  it('offers every standard width up to the file’s own, and the file’s own', () => {
    expect(pictureWidths(1000)).toEqual([360, 720, 1000]);
    expect(pictureWidths(720)).toEqual([360, 720]);
    expect(pictureWidths(64)).toEqual([64]);
  });

  it('never goes past 1440 pixels, however large the file', () => {
    expect(pictureWidths(4000)).toEqual([360, 720, 1080, 1440]);
    expect(pictureWidths(1440)).toEqual([360, 720, 1080, 1440]);
  });
});
