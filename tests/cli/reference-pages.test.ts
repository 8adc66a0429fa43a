import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTION_SPECS } from '../../src/cli/options.js';
import { bashCompletion, fishCompletion, manPage, zshCompletion } from '../../src/cli/reference-pages.js';

const longFlags = OPTION_SPECS.map((spec) => /--[\w-]+/.exec(spec.flags)![0]);

describe('man page and completions', () => {
  it('list every option of the command', () => {
    const man = manPage('1.2.3', '2026-12-05');
    for (const flag of [...longFlags, '--version', '--help']) {
      expect(man).toContain(`\\fB${flag.replace(/-/g, '\\-')}\\fR`);
      expect(bashCompletion()).toContain(flag);
      expect(zshCompletion()).toContain(flag);
      expect(fishCompletion()).toContain(`-l ${flag.slice(2)}`);
    }
  });

  it('offer the choices of an option with choices, and paths for a file', () => {
    expect(bashCompletion()).toContain(`-f|--format) COMPREPLY=($(compgen -W 'text json csv tsv html' -- "$cur"))`);
    expect(bashCompletion()).toMatch(/--aliases\) COMPREPLY=\(\$\(compgen -f/);
    expect(zshCompletion()).toContain(':name:(quotes people places organizations mentions)');
    expect(fishCompletion()).toContain("-l table -x -a 'quotes people places organizations mentions'");
  });

  it('writes a man page with the usual sections and no stray escapes', () => {
    const man = manPage('1.2.3', '2026-12-05');
    expect(man.startsWith('.TH DOSSIER 1 "2026-12-05" "dossier 1.2.3"')).toBe(true);
    for (const section of ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'EXIT STATUS', 'ENVIRONMENT', 'EXAMPLES']) {
      expect(man).toContain(`.SH ${section}\n`);
    }
    expect(man).not.toContain('\\e\\-');
    expect(man).toMatch(/^\.TP\n\\fB130\\fR\ninterrupted/m);
  });

  it.runIf(existsSync('/bin/bash'))('writes a bash script that bash accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-completion-'));
    try {
      writeFileSync(join(dir, 'dossier.bash'), bashCompletion());
      execFileSync('/bin/bash', ['-n', join(dir, 'dossier.bash')]);
      // Completing "--fo" offers --format, and after --table its choices.
      const script = `source ${join(dir, 'dossier.bash')}; COMP_WORDS=(dossier --fo); COMP_CWORD=1; _dossier; echo "\${COMPREPLY[@]}"; ` +
        `COMP_WORDS=(dossier --table pe); COMP_CWORD=2; _dossier; echo "\${COMPREPLY[@]}"`;
      expect(execFileSync('/bin/bash', ['--norc', '-c', script], { encoding: 'utf8' })).toBe('--format\npeople\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
