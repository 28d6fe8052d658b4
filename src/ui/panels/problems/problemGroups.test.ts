import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analysis';
import { restore, type Machine } from '../../../core/machine';
import { countBySeverity, countsText, groupProblems, isOnlyEmptyMachine, noProblemsDetail, subjectText } from './problemGroups';

function machine(doc: object): Machine {
  const result = restore({ version: 1, ...doc });
  if (!result.ok) throw new Error('fixture does not restore');
  return result.machine;
}

describe('problem groups', () => {
  const m = machine({
    initial: 'A',
    states: ['A', { name: 'B', final: true }, 'Lost'],
    events: ['go', 'unused'],
    transitions: [
      { from: 'A', event: 'go', to: 'B' },
      { from: 'A', event: 'go', to: 'Nowhere' },
      { from: 'A', event: 'go', to: 'B' },
    ],
  });
  const { problems } = analyze(m);

  it('tells a machine with no states and nothing else wrong apart from real errors', () => {
    expect(isOnlyEmptyMachine(analyze(machine({ states: [] })).problems)).toBe(true);
    expect(isOnlyEmptyMachine(analyze(machine({ states: [], events: ['go'] })).problems)).toBe(false);
    expect(isOnlyEmptyMachine(problems)).toBe(false);
    expect(isOnlyEmptyMachine([])).toBe(false);
  });

  it('groups by severity in the order errors, warnings, info, leaving out empty groups', () => {
    const groups = groupProblems(problems);
    expect(groups.map((g) => g.severity)).toEqual(['error', 'warning', 'info']);
    expect(groups.flatMap((g) => g.problems)).toHaveLength(problems.length);
    expect(groupProblems([])).toEqual([]);
  });

  it('counts and words the counts', () => {
    const counts = countBySeverity(problems);
    expect(counts.error).toBe(1);
    expect(countsText(counts)).toMatch(/^1 error, \d+ warnings?, 1 info$/);
    expect(countsText({ error: 0, warning: 1, info: 0 })).toBe('1 warning');
    expect(countsText({ error: 0, warning: 0, info: 0 })).toBe('No problems');
  });

  it('names each subject as the canvas shows it', () => {
    const bySubject = problems.map((p) => subjectText(p, m));
    expect(bySubject).toContain('State Lost');
    expect(bySubject).toContain('Transition A –go→ Nowhere');
    expect(bySubject).toContain('Event unused');
    expect(subjectText({ code: 'no-states', severity: 'error', message: '' }, m)).toBe('Whole machine');
  });

  it('says only what the checks checked when nothing is wrong', () => {
    const stats = { states: 2, events: 1, transitions: 1, reachable: 2, finals: 0 };
    expect(noProblemsDetail(stats)).toMatch(/no final state, so it never finishes/);
    expect(noProblemsDetail({ ...stats, finals: 1 })).toMatch(/can reach a final state/);
  });
});
