import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/format/json.js';
import { createFormatter } from '../../src/format/index.js';
import { Chalk } from 'chalk';
import { sampleReport } from './fixture.js';

describe('formatJson', () => {
  it('writes one line that parses back to the report', () => {
    const output = formatJson(sampleReport());
    expect(output.endsWith('\n')).toBe(true);
    expect(output.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(output)).toEqual(sampleReport());
  });

  it('keeps line breaks and long quotes inside strings, untruncated', () => {
    const report = sampleReport();
    const long = `${'word '.repeat(200)}end\r\nnext line\u2028`;
    report.quotes[0]!.text = long;
    const output = formatJson(report);
    expect(output.split('\n')).toHaveLength(2);
    expect((JSON.parse(output) as typeof report).quotes[0]!.text).toBe(long);
  });

  it('never colours, whatever chalk level the CLI resolved', () => {
    const formatter = createFormatter('json', { chalk: new Chalk({ level: 3 }) });
    expect(formatter.format(sampleReport())).toBe(formatJson(sampleReport()));
    expect(formatter.separator).toBe('');
  });
});
