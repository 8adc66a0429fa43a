import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ProgressBar, renderProgress } from '../../src/batch/progress.js';

describe('renderProgress', () => {
  it('shows a bar, the count, the rate and the time left once the total is known', () => {
    const line = renderProgress({ done: 500, total: 2000, elapsedMs: 10_000 }, 80);
    expect(line).toBe(`[${'█'.repeat(7)}${'░'.repeat(23)}]  500/2,000 files · 50.0 files/s · ETA 0:30`);
    expect(line.length).toBeLessThanOrEqual(80);
  });

  it('shows the count and rate alone while the total is unknown', () => {
    expect(renderProgress({ done: 1234, elapsedMs: 4000 }, 80)).toBe('1,234 files · 309 files/s');
  });

  it('shows hours past an hour, and the elapsed time when done', () => {
    expect(renderProgress({ done: 10, total: 40_000, elapsedMs: 10_000 }, 100)).toContain('ETA 11:06:30');
    expect(renderProgress({ done: 40, total: 40, elapsedMs: 75_000 }, 100)).toContain('1:15 elapsed');
  });

  it('drops the bar on a narrow terminal and never overflows', () => {
    for (const columns of [20, 40, 50, 60, 200]) {
      const line = renderProgress({ done: 12_345, total: 99_999, elapsedMs: 61_000 }, columns);
      expect(line.length).toBeLessThan(columns);
    }
    expect(renderProgress({ done: 3, total: 9, elapsedMs: 1000 }, 40)).not.toContain('[');
  });

  it('does not divide by zero at the start', () => {
    expect(renderProgress({ done: 0, total: 10, elapsedMs: 0 }, 80)).toContain('0.0 files/s · ETA --:--');
  });
});

describe('ProgressBar', () => {
  it('redraws in place and erases itself when stopped', () => {
    let written = '';
    const stream = Object.assign(
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          written += chunk.toString();
          callback();
        },
      }),
      { columns: 60 },
    );
    let now = 0;
    const bar = new ProgressBar(stream, () => now);
    bar.setTotal(4);
    bar.tick();
    now = 1000;
    bar.draw();
    bar.clear();
    bar.clear(); // nothing shown any more: nothing to erase
    bar.stop();
    expect(written).toBe(`\r${renderProgress({ done: 1, total: 4, elapsedMs: 1000 }, 60)}\u001b[K\r\u001b[K`);
  });
});
