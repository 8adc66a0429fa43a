/**
 * How the HTML report fits the run's per-document pipeline: each document is analysed (in a
 * worker thread, possibly) into a small JSON piece (report and text), and the main thread
 * collects the pieces in input order and renders the one page at the end.
 */
import type { Report } from '../../report.js';
import type { SkippedInput } from './index.js';
import type { HtmlDocument } from './page-payload.js';

/** The piece one document contributes: its report and text as one JSON line. */
export function formatHtmlPiece(report: Report, text: string): string {
  return `${JSON.stringify({ report, text })}\n`;
}

/** Collects the pieces of a run and renders the page. */
export class HtmlCollector {
  readonly #documents: HtmlDocument[] = [];
  readonly #skipped: SkippedInput[] = [];

  constructor(private readonly version?: string) {}

  /** Adds one document's piece (from {@link formatHtmlPiece}). */
  add(piece: string): void {
    this.#documents.push(JSON.parse(piece) as HtmlDocument);
  }

  /** Notes an input the run skipped, listed in the page. */
  skip(source: string, message: string): void {
    this.#skipped.push({ source, message });
  }

  /**
   * The page of everything collected so far. The formatter (with d3-geo) is loaded only here,
   * so that text and JSON runs do not pay for it at start-up.
   */
  async finish(): Promise<string> {
    const { formatHtml } = await import('./index.js');
    return formatHtml(this.#documents, { skipped: this.#skipped, ...(this.version ? { version: this.version } : {}) });
  }
}
