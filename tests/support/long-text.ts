/**
 * Russian-looking words that do not repeat, as an editor's text does not: a repeated phrase
 * would compress to almost nothing, and a long article made of it would weigh nothing.
 */
export function unrepeatedWords(count: number, seed = 7): string {
  const syllables = ['до', 'ве', 'ри', 'е', 'ра', 'бо', 'та', 'ни', 'ку', 'ло', 'ме', 'сы', 'па', 'ту', 'жи'];
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) % syllables.length;
  return Array.from({ length: count }, () => Array.from({ length: 2 + (next() % 3) }, () => syllables[next()]).join('')).join(' ');
}
