import { describe, expect, it } from 'vitest';
import { fill, foundMessage } from '../../../src/lib/search/messages.ts';
import { ui } from '../../../src/ui-strings.ts';

describe('search messages', () => {
  it('say how many articles were found, in the right Russian form', () => {
    const messages = { found: ui.searchFound };
    expect(foundMessage(messages, 1, 'доверие')).toBe('Нашлась 1 статья по запросу «доверие»');
    expect(foundMessage(messages, 3, 'доверие')).toBe('Нашлись 3 статьи по запросу «доверие»');
    expect(foundMessage(messages, 5, 'доверие')).toBe('Нашлось 5 статей по запросу «доверие»');
    expect(foundMessage(messages, 21, 'босс')).toBe('Нашлась 21 статья по запросу «босс»');
  });

  it('say in Russian that nothing was found, naming the query', () => {
    expect(fill(ui.searchNothing, 0, 'эхолокация')).toBe('По запросу «эхолокация» ничего не нашлось. Попробуйте другое слово или посмотрите все статьи ниже.');
  });

  it('put the query in as it is, even with $ patterns', () => {
    expect(fill('«{q}»', 0, '$& $1')).toBe('«$& $1»');
  });
});
