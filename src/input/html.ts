/**
 * Saved news pages → article text. A page is mostly navigation, scripts, share buttons and
 * related links; Mozilla's Readability (the engine of Firefox's Reader View) finds the article
 * in it, over linkedom, a light DOM that parses a page in a few milliseconds (jsdom is ten times
 * heavier to load and to run). We then lay the article out as dossier's other inputs are laid
 * out: the headline on the first line, one paragraph per line, so that offsets in the report
 * refer to that text (which `--include-text` returns).
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability';

// Loaded on the first page: linkedom alone costs ~150 ms of start-up, which a run over plain
// text files must not pay.
let libraries: Promise<{ Readability: typeof ReadabilityClass; parseHTML: typeof import('linkedom').parseHTML }> | undefined;
function loadLibraries(): NonNullable<typeof libraries> {
  libraries ??= Promise.all([import('@mozilla/readability'), import('linkedom')]).then(([r, l]) => ({
    Readability: r.Readability,
    parseHTML: l.parseHTML,
  }));
  return libraries;
}

/** Extensions read as HTML whatever their content. */
export const HTML_EXTENSIONS: readonly string[] = ['html', 'htm', 'xhtml'];

/** The text of an article extracted from a page. */
export interface ExtractedArticle {
  /** The headline, or '' when the page has none. */
  title: string;
  /** Headline, blank line, then the body's paragraphs separated by blank lines. */
  text: string;
}

/**
 * True for a source that should go through {@link extractArticle}: an `.html`/`.htm` name, or
 * text that starts like an HTML document (`<!DOCTYPE html`, `<html`), as from `curl … | dossier`.
 */
export function isHtml(source: string, text: string): boolean {
  const lower = source.toLowerCase();
  if (HTML_EXTENSIONS.some((ext) => lower.endsWith(`.${ext}`))) return true;
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(text.slice(0, 4096));
}

// Elements whose text is never article text, for the fallback when Readability finds no article.
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'form',
  'button', 'select', 'nav', 'header', 'footer', 'aside', 'menu', 'dialog', 'head',
]);

// Elements that end a paragraph: their text never runs into the text around them.
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table',
  'td', 'th', 'tr', 'ul', 'caption', 'details', 'summary',
]);

/** The minimal DOM surface we walk (linkedom's nodes; typed here so we need no DOM lib). */
interface WalkNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<WalkNode>;
}

/**
 * Extracts the article of an HTML page: headline and body paragraphs, without navigation,
 * scripts, ads or comments. When Readability finds no article (a page that is mostly a list),
 * the visible text of the page's body is kept, still without scripts, menus, headers and
 * footers, so that a short page is not lost.
 */
export async function extractArticle(html: string): Promise<ExtractedArticle> {
  const { Readability, parseHTML } = await loadLibraries();
  // linkedom builds no document element from a fragment (or from nothing); give it one.
  const page = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const pageTitle = clean(document.title ?? '');
  let body: string[] = [];
  let title = pageTitle;
  try {
    // The serializer hands us the article's DOM node instead of an HTML string to re-parse.
    type ReadabilityDocument = ConstructorParameters<typeof ReadabilityClass>[0];
    const article = new Readability<WalkNode>(document as unknown as ReadabilityDocument, {
      serializer: (node) => node as unknown as WalkNode,
    }).parse();
    if (article?.content) {
      body = paragraphs(article.content, new Set());
      title = clean(article.title ?? '') || pageTitle;
    }
  } catch {
    // A page Readability cannot handle is still read, through the fallback below.
  }
  if (body.length === 0) {
    // Readability has rewritten the document in place; parse it afresh.
    const fresh = parseHTML(page).document as unknown as { body?: WalkNode | null };
    if (fresh.body) body = paragraphs(fresh.body, NEVER_TEXT);
  }
  // Pages repeat the headline as the body's first heading; say it once.
  if (title && body[0] === title) body = body.slice(1);
  return { title, text: [title, ...body].filter(Boolean).join('\n\n') };
}

/** The paragraphs of a subtree: text of inline runs between block boundaries, whitespace collapsed. */
function paragraphs(root: WalkNode, skip: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let line = '';
  const flush = (): void => {
    const text = clean(line);
    if (text) out.push(text);
    line = '';
  };
  const visit = (node: WalkNode): void => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toLowerCase();
    if (skip.has(name)) return;
    const block = BLOCKS.has(name);
    if (block) flush();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) visit(children[i]!);
    if (block) flush();
  };
  visit(root);
  flush();
  return out;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
