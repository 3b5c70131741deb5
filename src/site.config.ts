/** The one place for facts about the site itself. URLs come from SITE_URL/BASE_PATH (astro.config.mjs). */
export const siteConfig = {
  name: 'НОВЕЛЛЬНЫЙ20!8',
  publication: 'VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8',
  description: 'Журнал VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8: длинные статьи о работе и людях.',
  lang: 'ru',
  locale: 'ru_RU',
  /** Silent reading speed of Russian prose used for «N минут чтения». */
  wordsPerMinute: 180,
  /** Browser chrome colour, matching the page background of each theme. */
  themeColor: { light: '#fbfaf7', dark: '#151413' },
} as const;
