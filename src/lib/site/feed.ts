/** How many of the newest articles the RSS feed carries: enough for any reader who checks monthly. */
export const FEED_SIZE = 50;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for raw XML written into the feed by hand. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}
