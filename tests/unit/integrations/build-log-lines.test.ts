import { describe, expect, it } from 'vitest';
import {
  cardsLogLine,
  parseCardWait,
  parseTypesetAheadLogLine,
  saysUpToDate,
  typesetAheadLogLine,
  upToDateLogLine,
} from '../../../src/lib/integrations/build-log-lines.ts';

describe('the build’s own log lines', () => {
  it('counts the cards in Russian and gives back the wait', () => {
    expect(cardsLogLine(1, 0)).toBe('в og/ 1 карточка для соцсетей (процесс рисования ждали 0 мс)');
    expect(cardsLogLine(3, 1529.6)).toBe('в og/ 3 карточки для соцсетей (процесс рисования ждали 1530 мс)');
    expect(cardsLogLine(12, 5)).toBe('в og/ 12 карточек для соцсетей (процесс рисования ждали 5 мс)');
    expect(parseCardWait(`20:35:51 [social-cards] ${cardsLogLine(12, 1530)}\n`)).toBe(1.53);
    expect(parseCardWait('no such line')).toBe(0);
  });

  it('says how much the helper typeset ahead, and reads it back', () => {
    expect(typesetAheadLogLine(1, 1)).toBe('набрано до компиляции: 1 текст из 1 статьи');
    expect(typesetAheadLogLine(28_001, 1000)).toBe('набрано до компиляции: 28001 текст из 1000 статей');
    expect(typesetAheadLogLine(3, 52)).toBe('набрано до компиляции: 3 текста из 52 статей');
    expect(typesetAheadLogLine(25, 21)).toBe('набрано до компиляции: 25 текстов из 21 статьи');
    expect(parseTypesetAheadLogLine(`[typeset-ahead] ${typesetAheadLogLine(1435, 55)}`)).toEqual({ texts: 1435, articles: 55 });
    expect(parseTypesetAheadLogLine('nothing')).toBeUndefined();
  });

  it('says an unchanged build stopped at once, and recognises it', () => {
    const line = upToDateLogLine('dist', 42);
    expect(line).toBe('с прошлой сборки ничего не изменилось: dist оставлен как есть (проверено файлов: 42)');
    expect(saysUpToDate(`12:00:00 [up-to-date] ${line}`)).toBe(true);
    expect(saysUpToDate('[build] 7 page(s) built')).toBe(false);
  });
});
