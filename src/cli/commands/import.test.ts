import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { main } from '../main';
import type { CliIO } from '../io';
import { restoreText, serialize } from '../../core/machine';

function memoryIO(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    writeFile: async () => {},
  };
  return { io, out, err };
}

const fixture = (name: string) => readFileSync(new URL(`../../core/import/__fixtures__/${name}`, import.meta.url), 'utf8');

describe('statewright import', () => {
  it('prints the canonical document, recognising the format', async () => {
    const { io, out } = memoryIO({ 'door.mmd': fixture('mermaid-door.mmd') });
    expect(await main(['import', 'door.mmd'], io)).toBe(0);
    const restored = restoreText(out.join(''));
    expect(restored.ok && serialize(restored.machine)).toBe(out.join(''));
    expect(out.join('')).toContain('"name": "Door"');
  });

  it('honours --from', async () => {
    const { io, out } = memoryIO({ 'm.scxml': fixture('scxml-microwave.scxml') });
    expect(await main(['import', 'm.scxml', '--from', 'scxml'], io)).toBe(0);
    expect(out.join('')).toContain('"name": "Microwave"');
  });

  it('names a machine after the file stem when the source names none', async () => {
    const { io, out } = memoryIO({ 'machines/front-door.mmd': 'stateDiagram-v2\n  [*] --> Closed\n  Closed --> Open : open\n' });
    expect(await main(['import', 'machines/front-door.mmd'], io)).toBe(0);
    expect(out.join('')).toContain('"name": "front-door"');
  });

  it('exits 2 naming the file, the line and the refused construct', async () => {
    const { io, err } = memoryIO({ 'nested.mmd': fixture('mermaid-composite.mmd') });
    expect(await main(['import', 'nested.mmd'], io)).toBe(2);
    expect(err.join('')).toContain('nested.mmd: line 4: the composite state "Active" (lines 4-8) cannot be represented');
  });

  it('suggests the right --from when the text is another format', async () => {
    const { io, err } = memoryIO({ 'door.txt': fixture('mermaid-door.mmd') });
    expect(await main(['import', 'door.txt', '--from', 'xstate'], io)).toBe(2);
    expect(err.join('')).toContain('try --from mermaid');
  });

  it('exits 2 on bad usage and missing files', async () => {
    expect(await main(['import', 'x', '--from', 'bpmn'], memoryIO({}).io)).toBe(2);
    expect(await main(['import'], memoryIO({}).io)).toBe(2);
    const { io, err } = memoryIO({});
    expect(await main(['import', 'gone.mmd'], io)).toBe(2);
    expect(err.join('')).toContain('gone.mmd: no such file');
  });
});
