import { describe, expect, it } from 'vitest';
import type { CliIO } from '../io';
import { main } from '../main';

/** Runs the CLI in memory over the given files; returns the exit code and what was printed. */
async function run(args: string[], files: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: async (path) => {
      if (!Object.hasOwn(files, path)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[path]!;
    },
    writeFile: async () => {},
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const doc = (body: object) => JSON.stringify({ version: 1, ...body });
const clean = doc({ initial: 'A', states: ['A', { name: 'B', final: true }], transitions: [{ from: 'A', event: 'go', to: 'B' }] });
const warned = doc({ initial: 'A', states: ['A', 'B', 'Lost'], transitions: [{ from: 'A', event: 'go', to: 'B' }, { from: 'B', event: 'back', to: 'A' }] });
const broken = doc({
  initial: 'A',
  states: ['A', 'B'],
  events: ['unused'],
  transitions: [{ from: 'A', event: 'go', to: 'B' }, { from: 'B', event: 'back', to: 'A' }, { from: 'A', event: 'ship', to: 'Shiped' }],
});

describe('statewright check', () => {
  it('exits 0 and says so for a machine without problems', async () => {
    const result = await run(['check', 'ok.fsm.json'], { 'ok.fsm.json': clean });
    expect(result).toEqual({ code: 0, stdout: 'ok.fsm.json: no problems (2 states, 1 transition, 1 event, 2 reachable, 1 final)\n', stderr: '' });
  });

  it('prints one line per problem and a summary, and exits 1 on errors', async () => {
    const result = await run(['check', 'm.json'], { 'm.json': broken });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'error unknown-state transitions[2]: transitions[2].to names a state "Shiped" that does not exist. Pick an existing state or add one with that name.',
      'info unused-event event "unused": Event "unused" is declared but no transition uses it. Use it in a transition, or remove it.',
      'm.json: 1 error, 0 warnings, 1 info (2 states, 3 transitions, 4 events, 2 reachable, 0 final)',
      '',
    ]);
  });

  it('passes warnings with exit 0, and fails them with --strict', async () => {
    expect((await run(['check', 'w.json'], { 'w.json': warned })).code).toBe(0);
    const strict = await run(['check', '--strict', 'w.json'], { 'w.json': warned });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('warning unreachable-state state "Lost": State "Lost" cannot be reached from the initial state "A".');
  });

  it('prints the SPEC JSON shape with --json', async () => {
    const result = await run(['check', 'm.json', '--json'], { 'm.json': broken });
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout);
    expect(Object.keys(parsed)).toEqual(['problems', 'stats']);
    expect(parsed.problems[0]).toEqual({
      code: 'unknown-state',
      severity: 'error',
      message: 'transitions[2].to names a state "Shiped" that does not exist. Pick an existing state or add one with that name.',
      transition: 2,
    });
    expect(Object.keys(parsed.problems[1])).toEqual(['code', 'severity', 'message', 'event']);
    expect(parsed.stats).toEqual({ states: 2, events: 4, transitions: 3, reachable: 2, finals: 0 });
  });

  it('leaves the subject out for machine-wide problems in JSON', async () => {
    const parsed = JSON.parse((await run(['check', 'e.json', '--json'], { 'e.json': doc({}) })).stdout);
    expect(parsed.problems).toEqual([{ code: 'no-states', severity: 'error', message: 'The machine has no states. Add a state to start.' }]);
  });

  it('exits 2 naming the file for a missing file, invalid JSON (with its line) and an invalid document (with its path)', async () => {
    const missing = await run(['check', 'nope.json'], {});
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('nope.json: no such file');

    const syntax = await run(['check', 'bad.json'], { 'bad.json': '{\n  "version": 1,\n  x}' });
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toContain('bad.json is not a valid Statewright machine');
    expect(syntax.stderr).toContain('not valid JSON at line 3, column 3');

    const shape = await run(['check', 'shape.json'], { 'shape.json': doc({ states: ['A'], transitions: [{ from: 'A', to: 3 }] }) });
    expect(shape.code).toBe(2);
    expect(shape.stderr).toContain('transitions[0].to: expected a string');
  });

  it('exits 2 for bad usage', async () => {
    expect((await run(['check'], {})).code).toBe(2);
    expect((await run(['check', 'a.json', 'b.json'], {})).code).toBe(2);
    const unknown = await run(['check', 'a.json', '--fast'], {});
    expect(unknown).toMatchObject({ code: 2, stderr: 'statewright check: unknown option --fast\n' });
  });

  it('is what export uses to refuse a machine with errors', async () => {
    const result = await run(['export', 'm.json', '--to', 'json'], { 'm.json': broken });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error unknown-state transitions[2]');
    expect(result.stderr).not.toContain('unused-event');
  });
});
