import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../core/data-file';
import { ConfigError } from '../../core/atlas-inputs';
import { startupFailureLine, wantsStack } from './startup-failure';

describe('startupFailureLine', () => {
  it('prints a data error as it is: file, record, what to do', () => {
    const error = new DataFileError('geodata/layers.json', 'layer #2 ("rail")', 'group: Invalid input', 'correct the layer catalogue');
    expect(startupFailureLine(error)).toBe('Wuzhen Atlas cannot start: geodata/layers.json layer #2 ("rail"): group: Invalid input; correct the layer catalogue');
  });

  it('keeps a message of several lines on one', () => {
    expect(startupFailureLine(new ConfigError('PORT\n  must be a number'))).toBe('Wuzhen Atlas cannot start: PORT must be a number; correct the setting');
  });

  it('says what to do about a port in use, a file error without a class, and anything else', () => {
    const inUse = Object.assign(new Error('listen EADDRINUSE: address already in use :::8080'), { code: 'EADDRINUSE', port: 8080, syscall: 'listen' });
    expect(startupFailureLine(inUse)).toBe('Wuzhen Atlas cannot start: port 8080 is in use; set PORT to a free port or stop the other server');
    const file = Object.assign(new Error("EISDIR: illegal operation on a directory, read"), { code: 'EISDIR', path: '/data/x.json' });
    expect(startupFailureLine(file)).toMatch(/^Wuzhen Atlas cannot start: \/data\/x\.json: EISDIR.*; check that file \(DEBUG=1 prints the stack\)$/);
    expect(startupFailureLine(new TypeError('x is not a function'))).toBe('Wuzhen Atlas cannot start: TypeError: x is not a function (unexpected; DEBUG=1 prints the stack)');
  });
});

describe('exitOnStartupFailure', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', '-e', "import('./startup-failure').then((m) => m.exitOnStartupFailure(new Error('boom')))"], {
      cwd: import.meta.dirname,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });

  it('exits 1 after one line, with the stack only under DEBUG=1', () => {
    const quiet = run({ DEBUG: '' });
    expect(quiet.status).toBe(1);
    expect(quiet.stderr.trim().split('\n')).toEqual(['Wuzhen Atlas cannot start: Error: boom (unexpected; DEBUG=1 prints the stack)']);
    const loud = run({ DEBUG: '1' });
    expect(loud.status).toBe(1);
    expect(loud.stderr).toMatch(/^Wuzhen Atlas cannot start: Error: boom .*\nError: boom\n\s+at /);
    expect(wantsStack({ DEBUG: 'express:*' })).toBe(false);
  });
});
