import { describe, expect, it } from 'vitest';
import { exportTargets } from '../../core/codegen';
import type { CliIO } from '../io';
import { main } from '../main';

/** Runs the CLI in memory; `unwritable` paths fail to write as Node's writeFile does. */
async function run(args: string[], files: Record<string, string>, unwritable: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: async (path) => {
      if (!Object.hasOwn(files, path)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[path]!;
    },
    writeFile: async (path, text) => {
      if (Object.hasOwn(unwritable, path)) throw Object.assign(new Error(`${unwritable[path]}: ${path}`), { code: unwritable[path] });
      written.set(path, text);
    },
  };
  const code = await main(args, io);
  return { code, stdout, stderr, written };
}

const machine = JSON.stringify({
  version: 1,
  initial: 'A',
  states: ['A', { name: 'B', final: true }],
  transitions: [{ from: 'A', event: 'go', to: 'B', guard: 'ok', actions: ['log'] }],
});

describe('statewright export', () => {
  it.each(exportTargets.map((t) => t.id))('--to %s prints the same bytes twice and writes them with -o', async (target) => {
    const first = await run(['export', 'm.json', '--to', target], { 'm.json': machine });
    const second = await run(['export', 'm.json', '--to', target], { 'm.json': machine });
    expect(first.code).toBe(0);
    expect(first.stdout.length).toBeGreaterThan(0);
    expect(second.stdout).toBe(first.stdout);
    const toFile = await run(['export', 'm.json', '--to', target, '-o', 'out'], { 'm.json': machine });
    expect(toFile).toMatchObject({ code: 0, stdout: '' });
    expect(toFile.written.get('out')).toBe(first.stdout);
  });

  it('exits 2 naming the file when -o cannot be written, instead of crashing with exit 1', async () => {
    const missingFolder = await run(['export', 'm.json', '--to', 'ts', '-o', 'no/such/dir/m.ts'], { 'm.json': machine }, { 'no/such/dir/m.ts': 'ENOENT' });
    expect(missingFolder).toMatchObject({ code: 2, stdout: '' });
    expect(missingFolder.stderr).toBe('statewright export: cannot write no/such/dir/m.ts (its folder does not exist)\n');
    const folder = await run(['export', 'm.json', '--to', 'json', '-o', 'out'], { 'm.json': machine }, { out: 'EISDIR' });
    expect(folder).toMatchObject({ code: 2, stderr: 'statewright export: cannot write out (it is a folder)\n' });
  });

  it('exits 2 for a missing or unknown target', async () => {
    expect((await run(['export', 'm.json'], { 'm.json': machine })).code).toBe(2);
    const unknown = await run(['export', 'm.json', '--to', 'yaml'], { 'm.json': machine });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown target "yaml"');
  });
});
