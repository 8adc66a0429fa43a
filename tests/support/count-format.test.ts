import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/support/count-format.js';

describe('formatCount', () => {
  it('writes thousands separators', () => {
    expect(formatCount(1212)).toBe('1,212');
    expect(formatCount(7)).toBe('7');
  });
});
