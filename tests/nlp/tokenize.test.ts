import { describe, expect, it } from 'vitest';
import { breakLongRuns, findParagraphs, MAX_RUN, tokenize } from '../../src/nlp/tokenize.js';
import { getWink } from '../../src/nlp/wink.js';

const doc = (text: string) => tokenize(getWink(), text);

describe('tokenize', () => {
  it('gives every token offsets that slice its text', () => {
    const text = 'Russian President Vladimir Putin’s visit,\r\n“It was fine,” he said.\n\nNext day…';
    for (const t of doc(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('drops wink’s line-break tokens and marks the token after a break', () => {
    const d = doc('First line\nSecond line');
    expect(d.tokens.map((t) => t.text)).toEqual(['First', 'line', 'Second', 'line']);
    expect(d.tokens.map((t) => t.sameLine)).toEqual([false, true, false, true]);
  });

  it('ends a sentence at a line break, but not at a hard wrap inside a sentence', () => {
    expect(doc('A HEADLINE WITHOUT A STOP\nThe body starts here.').sentences).toHaveLength(2);
    expect(doc('The council voted on the\nbudget late on Monday.').sentences).toHaveLength(1);
  });

  it('glues back letters wink’s tokenizer does not know', () => {
    expect(doc('Łódź grew fast.').tokens[0]).toMatchObject({ text: 'Łódź', pos: 'PROPN', start: 0, end: 4 });
  });

  it('finds tokens after a stray zero-width character', () => {
    const text = 'Prices rose.\n\uFEFFAlso on Monday, shares fell.';
    const also = doc(text).tokens.find((t) => t.text === 'Also');
    expect(also && text.slice(also.start, also.end)).toBe('Also');
  });

  it('reads an endless word in linear time, with true offsets', () => {
    const text = `Before ${'x'.repeat(50_000)} after.`;
    const d = doc(text);
    for (const t of d.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(d.tokens.at(-2)?.text).toBe('after');
  });
});

describe('breakLongRuns', () => {
  it('leaves ordinary text untouched', () => {
    const text = 'An ordinary sentence, with https://example.com/a/short/link in it.';
    expect(breakLongRuns(text)).toBe(text);
  });

  it('breaks a long run with spaces and keeps the length', () => {
    const text = 'y'.repeat(MAX_RUN * 3 + 5);
    const broken = breakLongRuns(text);
    expect(broken).toHaveLength(text.length);
    expect(broken.split(' ').every((part) => part.length <= MAX_RUN)).toBe(true);
  });
});

describe('findParagraphs', () => {
  it('returns non-blank lines trimmed, with offsets', () => {
    const text = '  Title \r\n\r\nBody line.\n';
    expect(findParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['Title', 'Body line.']);
  });
});
