import { describe, expect, it } from 'vitest';
import { isolateBidi } from '../../../src/lib/reader/bidi.ts';

describe('isolateBidi', () => {
  it('leaves Russian and Latin text exactly as it is', () => {
    expect(isolateBidi('4 надежных способа — «так»')).toBe('4 надежных способа — «так»');
  });

  it('isolates a right-to-left override, a right-to-left mark and Hebrew or Arabic letters', () => {
    expect(isolateBidi('Мария \u202EПетрова')).toBe('\u2068Мария \u202EПетрова\u2069');
    expect(isolateBidi('a\u200Fb')).toBe('\u2068a\u200Fb\u2069');
    expect(isolateBidi('שלום')).toBe('\u2068שלום\u2069');
    expect(isolateBidi('مرحبا')).toBe('\u2068مرحبا\u2069');
  });
});
