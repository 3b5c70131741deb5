/** Widths a picture is offered in: a phone, a phone at 2×, the text column at 2×, a wide screen at 2×. */
export const PICTURE_WIDTHS = [360, 720, 1080, 1440] as const;

/** The widths to make of a picture `intrinsic` pixels wide: never wider than the file itself, since upscaling only adds bytes. */
export function pictureWidths(intrinsic: number): number[] {
  const largest = Math.min(intrinsic, PICTURE_WIDTHS[PICTURE_WIDTHS.length - 1]!);
  return [...new Set([...PICTURE_WIDTHS.filter((width) => width < largest), largest])];
}
