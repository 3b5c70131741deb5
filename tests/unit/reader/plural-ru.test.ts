import { describe, expect, it } from 'vitest';
import { pluralRu, type PluralForms } from '../../../src/lib/reader/plural-ru.ts';

const minutes: PluralForms = ['минута', 'минуты', 'минут'];

describe('pluralRu', () => {
  it.each([
    [1, 'минута'], [21, 'минута'], [101, 'минута'],
    [2, 'минуты'], [4, 'минуты'], [22, 'минуты'], [34, 'минуты'],
    [5, 'минут'], [11, 'минут'], [12, 'минут'], [14, 'минут'], [20, 'минут'], [25, 'минут'], [111, 'минут'], [0, 'минут'],
  ])('%i → %s', (count, expected) => {
    expect(pluralRu(count, minutes)).toBe(expected);
  });
});
