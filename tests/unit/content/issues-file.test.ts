import { describe, expect, it } from 'vitest';
import { checkIssuesFile, issueId, issuesForCollection } from '../../../src/lib/content/issues-file.ts';
import { formatProblem } from '../../../src/lib/content/content-problem.ts';

const FILE = 'content/issues.yaml';
const none = () => false;
const messages = (text: string, exists: (path: string) => boolean = none) => checkIssuesFile(FILE, text, exists).problems.map(formatProblem);

const TWO = `# Выпуски
- number: 1
  title: Первый выпуск
  month: 2024-01

- number: 2
  title: Второй выпуск
  month: 2025-04
  description: О доверии.
  cover: ./oblozhki/2.jpg
  coverAlt: Круг на синем фоне
`;

describe('issueId', () => {
  it('is the title transliterated, whatever its case and spaces', () => {
    expect(issueId('Второй выпуск')).toBe('vtoroy-vypusk');
    expect(issueId('  второй  Выпуск ')).toBe('vtoroy-vypusk');
  });
});

describe('checkIssuesFile', () => {
  it('reads every issue with its id, fields and the line it starts at', () => {
    const { problems, issues } = checkIssuesFile(FILE, TWO, (path) => path === 'content/oblozhki/2.jpg');
    expect(problems).toEqual([]);
    expect(issues.map((issue) => [issue.id, issue.line, issue.data])).toEqual([
      ['perviy-vypusk', 2, { number: 1, title: 'Первый выпуск', month: { year: 2024, month: 1 } }],
      ['vtoroy-vypusk', 6, { number: 2, title: 'Второй выпуск', month: { year: 2025, month: 4 }, description: 'О доверии.', cover: './oblozhki/2.jpg', coverAlt: 'Круг на синем фоне' }],
    ]);
  });

  it('names a missing cover picture at its line, looked for beside the file', () => {
    expect(messages(TWO)).toEqual(['content/issues.yaml:10: картинки «./oblozhki/2.jpg» нет (искали content/oblozhki/2.jpg). Положите файл рядом с issues.yaml или поправьте путь.']);
  });

  it('says what is wrong with a field at the field’s line', () => {
    expect(messages('- number: 1\n  title: Первый\n  month: 2024-13\n')).toEqual([
      'content/issues.yaml:3: в «2024-13» нет месяца 13; ожидается ГГГГ-ММ, например 2025-04',
    ]);
    expect(messages('- number: 1\n  title: Первый\n  month: 2024-01-15\n')).toEqual(['content/issues.yaml:3: month — это месяц выпуска без дня: ГГГГ-ММ, например 2025-04']);
    expect(messages('- number: "1"\n  title: Первый\n  month: 2024-01\n')).toEqual(['content/issues.yaml:1: number должно быть числом без кавычек: номер выпуска']);
    expect(messages('- number: 0\n  title: Первый\n  month: 2024-01\n')).toEqual(['content/issues.yaml:1: number начинается с 1']);
    expect(messages('- number: 1\n  title: Первый\n  month: 2024-01\n  tittle: x\n')).toEqual([
      'content/issues.yaml:4: неизвестное поле tittle — опечатка? Допустимые поля: number, title, month, description, cover, coverAlt',
    ]);
    expect(messages('- number: 1\n  month: 2024-01\n')).toEqual(['content/issues.yaml:1: обязательное поле title не заполнено']);
    expect(messages('- number: 1\n  title: Первый\n  month: 2024-01\n  cover: ./a.jpg\n')).toEqual([
      'content/issues.yaml:4: у обложки нет описания: добавьте поле coverAlt — что на картинке, для тех, кто её не видит',
    ]);
  });

  it('refuses two issues with one title or one number, at the second one', () => {
    expect(messages('- number: 1\n  title: Первый\n  month: 2024-01\n- number: 1\n  title: первый\n  month: 2024-02\n')).toEqual([
      'content/issues.yaml:4: у выпуска «первый» то же название, что у выпуска в строке 1: у двух выпусков название должно быть разным.',
      'content/issues.yaml:4: у выпуска «первый» то же номер, что у выпуска в строке 1: у двух выпусков номер должно быть разным.',
    ]);
  });

  it('explains a file that is empty, not a list, or not YAML', () => {
    expect(messages('')).toEqual(['content/issues.yaml:1: в файле нет ни одного выпуска. Добавьте выпуск: «- title: Первый выпуск», «  number: 1», «  month: 2025-01».']);
    expect(messages('title: Первый\n')).toEqual(['content/issues.yaml:1: выпуски пишутся списком: каждый начинается строкой «- title: …», поля под ним — с отступом в два пробела.']);
    expect(messages('- number: 1\n  title: "Первый\n  month: 2024-01\n')[0]).toMatch(/^content\/issues\.yaml:\d+: файл выпусков не читается \(YAML: /);
    expect(messages('- Первый выпуск\n')).toEqual(['content/issues.yaml:1: выпуск пишется полями «имя: значение» (title, number, month), а здесь что-то другое.']);
  });
});

describe('issuesForCollection', () => {
  it('keys each valid issue by its id and leaves out the ones the checks reject', () => {
    expect(issuesForCollection(`${TWO}- number: 3\n  title: Без месяца\n`)).toEqual({
      'perviy-vypusk': { number: 1, title: 'Первый выпуск', month: '2024-01' },
      'vtoroy-vypusk': { number: 2, title: 'Второй выпуск', month: '2025-04', description: 'О доверии.', cover: './oblozhki/2.jpg', coverAlt: 'Круг на синем фоне' },
    });
  });

  it('is empty for a file that does not read as a list', () => {
    expect(issuesForCollection('title: "x')).toEqual({});
    expect(issuesForCollection('title: x')).toEqual({});
  });
});
