import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { generateScxml } from './scxml';
import { decodeScxmlName, eventTokens, xmlAttribute, xmlIds } from './scxmlText';
import { orderMachine } from './exportSamples.testSupport';
import { arbRichMachine } from '../import/roundTrip.testSupport';
import { parseXml } from '../import/xml';

/** xmllint (Debian's libxml2-utils) as a second opinion on well-formedness, when installed. */
function findXmllint(): string | undefined {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return 'xmllint';
  } catch {
    return undefined;
  }
}
const xmllint = findXmllint();

describe('generateScxml', () => {
  it('writes the document byte for byte as the fixture shows', () => {
    const fixture = readFileSync(new URL('./__fixtures__/scxml-order.scxml', import.meta.url), 'utf8');
    expect(generateScxml(orderMachine())).toBe(fixture);
  });

  test.prop([arbRichMachine({ adversarialNames: true })], { numRuns: 100 })('is well-formed XML whose ids are unique NCNames', (machine) => {
    const root = parseXml(generateScxml(machine));
    const ids = root.children.map((c) => c.attributes.get('id')!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
  });

  it.skipIf(!xmllint)('passes xmllint for machines with hostile names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scxml-'));
    const samples = fc.sample(arbRichMachine({ adversarialNames: true }), { numRuns: 30, seed: 7 });
    samples.forEach((machine, index) => {
      const file = join(dir, `m${index}.scxml`);
      writeFileSync(file, generateScxml(machine));
      expect(() => execFileSync(xmllint!, ['--noout', file], { stdio: 'pipe' })).not.toThrow();
    });
  });
});

describe('SCXML names', () => {
  it('writes attribute text that XML keeps exactly, escaping what XML 1.0 cannot carry', () => {
    expect(xmlAttribute('a < "b"\n')).toBe('a &lt; &quot;b&quot;&#10;');
    for (const name of ['bell\u0007', 'lit \\u{41}', '\ud800', '\uffff', 'x\\u{5c}']) {
      expect(decodeScxmlName(xmlAttribute(name).replace(/&#10;/g, '\n'))).toBe(name);
    }
  });

  it('gives unique XML ids and event tokens, keeping plain names as they are', () => {
    const names = ['Idle', 'Has coin', 'Has_coin', '2nd'];
    const ids = xmlIds(names);
    expect(names.map((n) => ids.get(n))).toEqual(['Idle', 'Has_coin_2', 'Has_coin', 'state_2nd']);
    const events = ['go now', 'go_now', 'a.b', '*'];
    const tokens = eventTokens(events);
    expect(events.map((e) => tokens.get(e))).toEqual(['go_now_2', 'go_now', 'a_b', 'event']);
  });
});
