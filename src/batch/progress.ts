/**
 * The progress line on stderr during a batch: files done, rate, and (once the total is known)
 * a bar and the time left. {@link renderProgress} is pure; {@link ProgressBar} redraws it a few
 * times a second on a terminal and is never created when stderr is not one (or with --quiet),
 * so logs and pipes never see it.
 */
import type { Writable } from 'node:stream';
import { formatCount } from '../support/count-format.js';

/** What the progress line shows. */
export interface ProgressState {
  /** Inputs finished (analysed or skipped). */
  done: number;
  /** Inputs in all, once known (the count runs ahead of the analysis). */
  total?: number;
  /** Time since the start, in milliseconds. */
  elapsedMs: number;
}

/**
 * One line, at most `columns` wide, without a newline:
 * `[█████░░░░░]  1,234/2,000 files · 57.3 files/s · ETA 0:13`, or without the bar and ETA
 * while the total is unknown: `1,234 files · 57.3 files/s`.
 */
export function renderProgress(state: ProgressState, columns = 80): string {
  const { done, total, elapsedMs } = state;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const parts: string[] = [];
  parts.push(total === undefined ? `${formatCount(done)} files` : `${formatCount(done)}/${formatCount(total)} files`);
  parts.push(`${rate >= 100 ? Math.round(rate) : rate.toFixed(1)} files/s`);
  if (total !== undefined) {
    const left = Math.max(0, total - done);
    parts.push(left === 0 ? `${clock(seconds)} elapsed` : rate > 0 ? `ETA ${clock(left / rate)}` : 'ETA --:--');
  }
  const text = parts.join(' · ');
  if (total === undefined || total === 0) return fit(text, columns);
  // The bar takes what is left of the line, between 10 and 30 cells; the last column stays free
  // (writing into it makes some terminals wrap).
  const room = columns - text.length - 5;
  if (room < 10) return fit(text, columns);
  const width = Math.min(30, room);
  const filled = Math.min(width, Math.floor((done / total) * width));
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]  ${text}`;
}

/** `m:ss`, or `h:mm:ss` from an hour. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

function fit(text: string, columns: number): string {
  return text.length <= columns - 1 ? text : `${text.slice(0, Math.max(0, columns - 2))}…`;
}

/** A terminal stream, as `process.stderr` is when attached to one. */
export type TerminalStream = Writable & { columns?: number };

/** Redraws {@link renderProgress} in place on a terminal, ten times a second at most. */
export class ProgressBar {
  readonly #stream: TerminalStream;
  readonly #start: number;
  readonly #now: () => number;
  #done = 0;
  #total: number | undefined;
  #shown = false;
  #timer: NodeJS.Timeout | undefined;

  /**
   * @param stream - a terminal (the caller checks `isTTY`)
   * @param now - clock in milliseconds (tests pass their own)
   */
  constructor(stream: TerminalStream, now: () => number = () => performance.now()) {
    this.#stream = stream;
    this.#now = now;
    this.#start = now();
    // unref: a forgotten bar must never keep the process alive.
    this.#timer = setInterval(() => this.draw(), 100).unref();
  }

  /** One more input finished. */
  tick(): void {
    this.#done += 1;
  }

  /** The number of inputs, once the walk has counted them. */
  setTotal(total: number): void {
    this.#total = total;
  }

  /** Draws the line now. */
  draw(): void {
    const line = renderProgress(
      { done: this.#done, total: this.#total, elapsedMs: this.#now() - this.#start },
      this.#stream.columns || 80, // 0 from a terminal that does not say
    );
    this.#stream.write(`\r${line}\u001b[K`);
    this.#shown = true;
  }

  /** Erases the line (before another message, or at the end); the next draw brings it back. */
  clear(): void {
    if (this.#shown) this.#stream.write('\r\u001b[K');
    this.#shown = false;
  }

  /** Stops redrawing and erases the line. */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.clear();
  }
}
