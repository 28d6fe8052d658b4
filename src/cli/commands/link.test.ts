import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeShareFragment, shareLink } from '../../core/share';
import { restoreText, serialize } from '../../core/machine';
import type { CliIO } from '../io';
import { main } from '../main';
import { DEFAULT_BASE_URL } from './link';

/** Runs the CLI in memory over the given files; returns the exit code and what was printed. */
async function run(args: string[], files: ReadonlyMap<string, string>) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: async (path) => {
      const text = files.get(path);
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    writeFile: async () => {},
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const text = JSON.stringify({
  version: 1,
  name: 'Door',
  initial: 'Closed',
  states: ['Closed', 'Open', '<img src=x onerror=alert(1)>'],
  transitions: [{ from: 'Closed', event: 'open', to: 'Open' }, { from: 'Open', event: 'close', to: 'Closed' }],
  layout: { states: { Closed: { x: 0, y: 0 }, Open: { x: 200, y: 0 } } },
});
const files = new Map([['door.fsm.json', text]]);
const door = (() => {
  const result = restoreText(text);
  if (!result.ok) throw new Error('fixture');
  return result.machine;
})();

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('statewright link', () => {
  it('prints exactly the link the app makes, on the dev server by default', async () => {
    vi.stubEnv('STATEWRIGHT_BASE_URL', '');
    const result = await run(['link', 'door.fsm.json'], files);
    expect(result).toEqual({ code: 0, stdout: `${await shareLink(door, DEFAULT_BASE_URL)}\n`, stderr: '' });
    expect(result.stdout.startsWith('http://127.0.0.1:5173/#m1.')).toBe(true);
  });

  it('the printed link decodes to the same canonical bytes', async () => {
    const result = await run(['link', 'door.fsm.json', '--base', 'https://statewright.example/app/'], files);
    const link = result.stdout.trim();
    expect(link.startsWith('https://statewright.example/app/#m1.')).toBe(true);
    const decoded = await decodeShareFragment(link.slice(link.indexOf('#')));
    expect(decoded.ok && serialize(decoded.machine)).toBe(serialize(door));
  });

  it('takes the base from STATEWRIGHT_BASE_URL, and --base wins over it', async () => {
    vi.stubEnv('STATEWRIGHT_BASE_URL', 'https://team.example/statewright/');
    expect((await run(['link', 'door.fsm.json'], files)).stdout).toMatch(/^https:\/\/team\.example\/statewright\/#m1\./);
    expect((await run(['link', 'door.fsm.json', '--base=https://other.example/'], files)).stdout).toMatch(/^https:\/\/other\.example\/#m1\./);
  });

  it('carries a selected state', async () => {
    const result = await run(['link', 'door.fsm.json', '--select', '<img src=x onerror=alert(1)>'], files);
    const decoded = await decodeShareFragment(result.stdout.trim().split('#')[1]!);
    expect(decoded.ok && decoded.selected).toBe('<img src=x onerror=alert(1)>');
  });

  it('refuses a selected state that does not exist, a bad base and a missing file with exit 2', async () => {
    const missingState = await run(['link', 'door.fsm.json', '--select', 'Ajar'], files);
    expect(missingState.code).toBe(2);
    expect(missingState.stderr).toMatch(/--select "Ajar": door\.fsm\.json has no state of that name/);
    const badBase = await run(['link', 'door.fsm.json', '--base', 'statewright'], files);
    expect(badBase.code).toBe(2);
    expect(badBase.stderr).toMatch(/--base "statewright" is not an absolute URL/);
    vi.stubEnv('STATEWRIGHT_BASE_URL', 'ftp://x.example/');
    const badEnv = await run(['link', 'door.fsm.json'], files);
    expect(badEnv.stderr).toMatch(/\$STATEWRIGHT_BASE_URL "ftp:\/\/x\.example\/" should be an http or https URL/);
    vi.unstubAllEnvs();
    const missing = await run(['link', 'nope.fsm.json'], files);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringMatching(/nope\.fsm\.json: no such file/) });
    expect((await run(['link'], files)).code).toBe(2);
  });

  it('notes on stderr when the link is long enough for chat tools to cut', async () => {
    const states = Array.from({ length: 1500 }, (_, i) => `state number ${i} ${Math.sin(i).toFixed(8)}`);
    const big = JSON.stringify({ version: 1, initial: states[0], states });
    const result = await run(['link', 'big.fsm.json'], new Map([['big.fsm.json', big]]));
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/this link is [\d,]+ characters long; chat tools and mail may cut it\. Sending big\.fsm\.json itself is safer/);
  });
});
