import { describe, expect, it } from 'vitest';
import { longestRunAt } from '../../../src/analysis/mentions/longest-run.js';
import { doc } from '../analysis-helpers.js';

describe('longestRunAt', () => {
  const d = doc('They flew to New York City last night.');
  const newAt = d.tokens.findIndex((t) => t.text === 'New');
  const known = new Set(['New York', 'New York City', 'New']);

  it('tries the longest run first, within the bounds', () => {
    expect(longestRunAt(d, newAt, d.tokens.length, 3, (text) => (known.has(text) ? text : undefined))).toEqual({ end: newAt + 3, value: 'New York City' });
    expect(longestRunAt(d, newAt, d.tokens.length, 2, (text) => (known.has(text) ? text : undefined))).toEqual({ end: newAt + 2, value: 'New York' });
    expect(longestRunAt(d, newAt, newAt + 2, 4, (text) => (known.has(text) ? text : undefined))?.value).toBe('New York');
  });

  it('honours the shortest length and returns undefined when nothing passes', () => {
    expect(longestRunAt(d, newAt, newAt + 1, 4, (text) => (known.has(text) ? text : undefined), 2)).toBeUndefined();
    expect(longestRunAt(d, newAt, d.tokens.length, 3, () => undefined)).toBeUndefined();
  });
});
