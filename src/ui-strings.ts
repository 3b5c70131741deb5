/** Every string the interface shows to readers, in one place. */
import type { PluralForms } from './lib/reader/plural-ru.ts';

export const ui = {
  skipLink: 'Перейти к тексту',
  homeLink: 'На главную',
  tocTitle: 'Содержание',
  // The phone TOC bar names the section being read; before the first heading, this.
  tocStart: 'Начало',
  tocPosition: (section: number | string, count: number) => `${section} из ${count}`,
  // Quotes inside «…» become „лапки“, as Russian nesting wants.
  headingAnchorLabel: (heading: string) => `Ссылка на раздел «${heading.replace(/«/g, '„').replace(/»/g, '“')}»`,
  // The theme switch says what a click will do.
  themeToDark: 'Тёмная тема',
  themeToLight: 'Светлая тема',
  byAuthor: 'Автор',
  minuteForms: ['минута', 'минуты', 'минут'] as PluralForms,
  readingTimeSuffix: 'чтения',
  pageTitle: (page: number) => `Все статьи — страница ${page}`,
  paginationLabel: 'Страницы списка статей',
  pageLinkLabel: (page: number) => `Страница ${page}`,
  newerPage: 'Новее',
  olderPage: 'Старее',
  noArticles: 'Статей пока нет.',
  draftMark: 'Черновик',
  scheduledMark: 'Запланировано',
  contentProblemsTitle: (count: number) => `Ошибки в content/ (${count}) — на сайт это не попадёт, сборка остановится`,
  contentProblemsHint: 'Исправьте файл и сохраните: страница обновится сама. Что значит каждое сообщение — в docs/editing.md.',
  articleNotRendered: 'Текст статьи не показан, пока в файле есть ошибки (список вверху страницы).',
  updatedPrefix: 'обновлено',
  editLink: 'Редактировать эту страницу',
  asideDefaultTitle: 'Примечание',
  feedTitle: 'RSS',
  feedLink: 'Лента RSS',
  allArticles: 'Все статьи',
  moreArticlesLabel: 'Другие статьи',
  previousArticle: 'Предыдущая:',
  nextArticle: 'Следующая:',
  backToTop: 'Наверх',
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'Такой страницы здесь нет: возможно, адрес набран с ошибкой или статья переехала.',
  notFoundAction: 'Вернуться на главную',
  // Search: the form on every page and the search page (src/pages/poisk.astro).
  searchLabel: 'Поиск по журналу',
  searchButton: 'Найти',
  searchTitle: 'Поиск',
  searchDescription: 'Поиск по статьям журнала.',
  // {n} is the number of articles found, {q} the query.
  searchFound: ['Нашлась {n} статья по запросу «{q}»', 'Нашлись {n} статьи по запросу «{q}»', 'Нашлось {n} статей по запросу «{q}»'] as PluralForms,
  searchNothing: 'По запросу «{q}» ничего не нашлось. Попробуйте другое слово или посмотрите все статьи ниже.',
  searchFailed: 'Поиск не загрузился. Все статьи — в списке ниже.',
  searchNoScript: 'Поиск работает с включённым JavaScript. Все статьи — в списке ниже.',
  searchDevOnly: 'В npm run dev индекса поиска нет: он строится при npm run build. Проверить поиск: npm run build, затем npm run preview.',
  searchResultsLabel: 'Результаты поиска',
  searchSectionsLabel: 'Разделы, где нашлось',
  searchMore: 'Показать ещё',
  searchAllByIssue: 'Все статьи по выпускам',
  monthsNominative: [
    'январь', 'февраль', 'март', 'апрель', 'май', 'июнь',
    'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
  ],
  monthsGenitive: [
    'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
    'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
  ],
  footnotesTitle: 'Примечания',
  // A note cited twice has a way back to each place; the second and later ones say which.
  footnoteBackLabel: (note: number, reference: number) =>
    reference === 1 ? `Вернуться к тексту, сноска ${note}` : `Вернуться к тексту, сноска ${note}, ссылка ${reference}`,
} as const;
