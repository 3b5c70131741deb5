/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko…) and the bidi controls that can reorder text. */
const BIDI_SENSITIVE = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * A field value ready to sit inside generated plain text (a document title, a line of
 * metadata): wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it holds
 * anything that could reorder its neighbours, and left exactly as it is otherwise.
 * In HTML, <bdi> does the same job.
 */
export function isolateBidi(text: string): string {
  return BIDI_SENSITIVE.test(text) ? `\u2068${text}\u2069` : text;
}
