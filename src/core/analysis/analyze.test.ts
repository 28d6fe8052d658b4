import { describe, expect, it } from 'vitest';
import { emptyMachine } from '../machine/types';
import { tinyMachine } from '../testing/tinyMachine';
import { analyze } from './analyze';
import { formatProblem } from './formatProblem';

const codes = (m: Parameters<typeof analyze>[0]) => analyze(m).problems.map((p) => [p.code, p.state ?? p.transition ?? p.event ?? null]);

describe('analyze', () => {
  it('says nothing about a clean machine and counts it', () => {
    const m = tinyMachine({ initial: 'A', finals: ['C'], events: ['go'], transitions: [['A', 'go', 'B'], ['B', 'next', 'C']] });
    expect(analyze(m)).toEqual({ problems: [], stats: { states: 3, events: 2, transitions: 2, reachable: 3, finals: 1 } });
  });

  it('reports only no-states for an empty machine', () => {
    const result = analyze(emptyMachine());
    expect(result.problems).toEqual([{ code: 'no-states', severity: 'error', message: 'The machine has no states. Add a state to start.' }]);
    expect(result.stats).toEqual({ states: 0, events: 0, transitions: 0, reachable: 0, finals: 0 });
  });

  it('reports a missing or unknown initial state, and then no unreachable-state noise', () => {
    expect(codes(tinyMachine({ states: ['A'], transitions: [['A', 'go', 'A']] }))).toEqual([['missing-initial', null], ['dead-end', 'A']]);
    expect(codes(tinyMachine({ initial: 'Idel', states: ['Idle', 'B'], transitions: [['Idle', 'go', 'B'], ['B', 'go', 'Idle']] }))).toEqual([
      ['unknown-initial', null],
    ]);
  });

  it('names the unknown state and the field in unknown-state, one problem per transition', () => {
    const m = tinyMachine({
      initial: 'Idle',
      states: ['Idle', 'Shipped'],
      finals: ['Shipped'],
      transitions: [['Idle', 'ship', 'Shipped'], ['Idle', 'pay', 'Paid'], ['Nope', 'x', 'Shiped'], ['Idle', '', 'Shipped']],
    });
    const errors = analyze(m).problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.transition])).toEqual([['unknown-state', 1], ['unknown-state', 2], ['empty-event', 3]]);
    expect(errors[0]!.message).toBe('transitions[1].to names a state "Paid" that does not exist. Pick an existing state or add one with that name.');
    expect(errors[1]!.message).toContain('transitions[2].from names a state "Nope" and .to names a state "Shiped"');
    expect(errors[2]!.message).toBe('The transition from "Idle" to "Shipped" has no event. Give it the event that triggers it.');
  });

  it('names transitions the way the canvas draws them, never by their row in the table', () => {
    const m = tinyMachine({
      initial: 'Green',
      states: ['Green', 'Yellow', 'Red'],
      finals: ['Yellow'],
      transitions: [['Green', 'slow', 'Yellow'], ['Green', 'slow', 'Red'], ['Yellow', 'stop', 'Red'], ['Yellow', 'go', 'Green']],
    });
    const byCode = new Map(analyze(m).problems.map((p) => [p.code, p.message]));
    expect(byCode.get('final-has-outgoing')).toBe(
      'Final state "Yellow" has outgoing transitions (Yellow –stop→ Red, Yellow –go→ Green) that never fire: a final state accepts no events. Remove them, or unmark the state as final.',
    );
    expect(byCode.get('shadowed-transition')).toBe(
      'Transition Green –slow→ Red never fires: the earlier Green –slow→ Yellow has no guard, so it always wins. Give the earlier one a guard or remove one of them.',
    );
    const one = tinyMachine({ initial: 'A', states: ['A', 'F'], finals: ['F'], transitions: [['A', 'go', 'F'], ['F', 'back', 'A']] });
    expect(analyze(one).problems.find((p) => p.code === 'final-has-outgoing')!.message).toContain('has an outgoing transition (F –back→ A) that never fires:');
  });

  it('orders problems by severity, then states in state order, then transitions in table order, then events', () => {
    const m = tinyMachine({
      initial: 'A',
      states: ['A', 'Lost', 'F', 'Loop'],
      finals: ['F'],
      events: ['unused', 'go'],
      transitions: [['A', 'go', 'Loop'], ['A', 'go', 'F'], ['F', 'back', 'A'], ['Loop', 'spin', 'Loop'], ['A', 'bad', 'Missing']],
    });
    expect(codes(m)).toEqual([
      ['unknown-state', 4],
      ['cannot-reach-final', 'A'],
      ['unreachable-state', 'Lost'],
      ['dead-end', 'Lost'],
      ['unreachable-state', 'F'],
      ['final-has-outgoing', 'F'],
      ['dead-end', 'Loop'],
      ['cannot-reach-final', 'Loop'],
      ['shadowed-transition', 1],
      ['unused-event', 'unused'],
    ]);
  });

  it('only reports cannot-reach-final when the machine has a final state', () => {
    const m = tinyMachine({ initial: 'A', transitions: [['A', 'go', 'B'], ['B', 'go', 'A']] });
    expect(analyze(m).problems).toEqual([]);
  });

  it('writes messages that name the state and the initial state', () => {
    const m = tinyMachine({ initial: 'Idle', states: ['Idle', 'Shiped'], transitions: [['Idle', 'go', 'Idle'], ['Shiped', 'go', 'Idle']] });
    const unreachable = analyze(m).problems.find((p) => p.code === 'unreachable-state')!;
    expect(unreachable).toMatchObject({ severity: 'warning', state: 'Shiped' });
    expect(unreachable.message).toBe('State "Shiped" cannot be reached from the initial state "Idle". Add a transition into it, or remove it.');
    expect(formatProblem(unreachable)).toBe(`warning unreachable-state state "Shiped": ${unreachable.message}`);
  });

  it('quotes awkward names so they stay readable', () => {
    const m = tinyMachine({
      initial: 'A',
      states: ['A', 'two\nlines', ' padded '],
      transitions: [['A', 'go', 'A'], ['A', 'go', 'two\nlines'], ['A', 'go', ' padded ']],
    });
    const messages = analyze(m).problems.map((p) => p.message);
    expect(messages.some((text) => text.includes('"two\\nlines"'))).toBe(true);
    expect(messages).toContain('Transition A –go→ "two\\nlines" never fires: the earlier A –go→ A has no guard, so it always wins. Give the earlier one a guard or remove one of them.');
    expect(messages.some((text) => text.includes('A –go→ " padded "'))).toBe(true);
    expect(messages.every((text) => !text.includes('\n'))).toBe(true);
  });

  it('gives every problem exactly one subject, or none for machine-wide problems', () => {
    const m = tinyMachine({ initial: 'A', finals: ['F'], events: ['x'], transitions: [['A', 'go', 'F'], ['A', 'go', 'B'], ['F', 'go', 'Q'], ['B', '', 'A']] });
    for (const problem of analyze(m).problems) {
      const subjects = ['state', 'transition', 'event'].filter((key) => key in problem);
      expect(subjects.length).toBeLessThanOrEqual(1);
    }
  });
});
