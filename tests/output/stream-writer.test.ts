import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isClosedPipeError, StreamWriter } from '../../src/output/stream-writer.js';

function epipe(): NodeJS.ErrnoException {
  return Object.assign(new Error('write EPIPE'), { code: 'EPIPE', errno: -32, syscall: 'write' });
}

/** A stream whose reader goes away after `accepted` writes. */
function closingAfter(accepted: number): { stream: Writable; received: string[] } {
  const received: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (received.length >= accepted) callback(epipe());
      else {
        received.push(chunk.toString());
        callback();
      }
    },
  });
  return { stream, received };
}

describe('StreamWriter', () => {
  it('waits for drain when the buffer is full, losing nothing', async () => {
    const stream = new PassThrough({ highWaterMark: 16 });
    const writer = new StreamWriter(stream);
    const line = `${'x'.repeat(40)}\n`;
    let drained = false;
    const pending = writer.write(line).then((open) => {
      drained = true;
      return open;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(drained).toBe(false); // nobody has read yet: still waiting
    const read = stream.read() as Buffer;
    expect(await pending).toBe(true);
    expect(read.toString()).toBe(line);
  });

  it('reports a closed pipe as false, without throwing, and drops later writes', async () => {
    const { stream, received } = closingAfter(1);
    const writer = new StreamWriter(stream);
    expect(await writer.write('first\n')).toBe(true);
    await writer.write('second\n');
    await new Promise((resolve) => setImmediate(resolve));
    expect(writer.closed).toBe(true);
    expect(await writer.write('third\n')).toBe(false);
    expect(received).toEqual(['first\n']);
  });

  it('swallows an EPIPE emitted after the last write (no uncaught error)', async () => {
    const stream = new PassThrough();
    const writer = new StreamWriter(stream);
    stream.emit('error', epipe());
    expect(writer.closed).toBe(true);
  });

  it('throws other stream errors (from this write or the next)', async () => {
    const stream = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
      },
    });
    const writer = new StreamWriter(stream);
    const twoWrites = async (): Promise<void> => {
      await writer.write('a');
      await new Promise((resolve) => setImmediate(resolve));
      await writer.write('b');
    };
    await expect(twoWrites()).rejects.toThrow('no space left');
    expect(writer.closed).toBe(false);
  });
});

describe('isClosedPipeError', () => {
  it.each([
    ['EPIPE', true],
    ['ERR_STREAM_DESTROYED', true],
    ['ENOSPC', false],
    [undefined, false],
  ])('%s → %s', (code, expected) => {
    expect(isClosedPipeError(code === undefined ? new Error('x') : { code })).toBe(expected);
  });
});
