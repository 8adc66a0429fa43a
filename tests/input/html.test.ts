import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, isHtml } from '../../src/input/html.js';
import { toDocument } from '../../src/input/index.js';

const PAGE = readFileSync(new URL('./fixtures/saved-page.html', import.meta.url), 'utf8');

describe('extractArticle', () => {
  it('keeps the headline and the body paragraphs of a saved news page', async () => {
    const { title, text } = await extractArticle(PAGE);
    expect(title).toBe('Harbor town votes to rebuild seawall');
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toBe(title);
    expect(paragraphs[1]).toMatch(/^PORT ALDEN, Maine — The town council voted 5-2/);
    expect(paragraphs.at(-1)).toBe('The council will hold a public hearing on the design on April 12 at the Port Alden Public Library.');
    expect(paragraphs).toHaveLength(7);
  });

  it('decodes entities and collapses the markup whitespace inside paragraphs', async () => {
    const { text } = await extractArticle(PAGE);
    expect(text).toContain('“We cannot keep patching a wall that the ocean has already decided to take,” said Mayor Colleen Brewer');
    expect(text).not.toMatch(/&ldquo;|  |\t/);
  });

  it('leaves out navigation, scripts, styles, ads, related links, sharing and the footer', async () => {
    const { text } = await extractArticle(PAGE);
    for (const boilerplate of ['Subscribe today', 'dataLayer', 'display: flex', 'Advertisement', 'Related stories', 'Storm damage tops', 'Share on Facebook', 'All rights reserved', 'Privacy policy', 'The Coastal Ledger']) {
      expect(text).not.toContain(boilerplate);
    }
  });

  it('still reads a page that is barely an article, without its scripts', async () => {
    const page = '<html><head><title>Notice</title><script>track()</script></head><body><p>The library is closed on Monday.</p></body></html>';
    const { title, text } = await extractArticle(page);
    expect(title).toBe('Notice');
    expect(text).toBe('Notice\n\nThe library is closed on Monday.');
  });

  it('gives the headline alone for a page with no text, and nothing for an empty one', async () => {
    expect(await extractArticle('<html><head><title>Gallery</title></head><body><img src="a.jpg"></body></html>')).toEqual({ title: 'Gallery', text: 'Gallery' });
    expect(await extractArticle('')).toEqual({ title: '', text: '' });
  });
});

describe('isHtml', () => {
  it.each([
    ['page.html', 'anything', true],
    ['PAGE.HTM', 'anything', true],
    ['-', '  <!DOCTYPE html><html>', true],
    ['-', '<!-- saved from url --><html lang="en">', true],
    ['notes.txt', 'Use <b>bold</b> sparingly.', false],
    ['story.md', '# Title\n\n<html> is a tag', false],
  ])('%s starting %j → %s', (source, text, expected) => {
    expect(isHtml(source, text)).toBe(expected);
  });
});

describe('toDocument', () => {
  it('analyses the article of an HTML page, and says so', async () => {
    const document = await toDocument('saved.html', Buffer.from(PAGE));
    expect(document.format).toBe('html');
    expect(document.text.startsWith('Harbor town votes to rebuild seawall\n\n')).toBe(true);
  });

  it('leaves text files as they are', async () => {
    const document = await toDocument('a.txt', Buffer.from('Line one.\r\nLine two.'));
    expect(document).toEqual({ source: 'a.txt', text: 'Line one.\r\nLine two.', encoding: 'utf-8', format: 'text' });
  });
});
