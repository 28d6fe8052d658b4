import { describe, expect, it } from 'vitest';
import { formatInputProblem, restore, restoreText, serialize } from './index';

function problemsOf(input: unknown): string[] {
  const result = restore(input);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.problems.map(formatInputProblem);
}

function machineOf(input: unknown) {
  const result = restore(input);
  if (!result.ok) throw new Error(result.problems.map(formatInputProblem).join('\n'));
  return result.machine;
}

describe('restore: rejections name every problem with its JSON path', () => {
  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'machine'],
    ['a number', 3],
  ])('refuses %s as a document', (_, input) => {
    expect(problemsOf(input)[0]).toMatch(/^\(document\): expected a JSON object/);
  });

  it('requires a version', () => {
    expect(problemsOf({ states: [] })).toEqual([expect.stringMatching(/^version: required/)]);
  });

  it('refuses a non-integer version', () => {
    expect(problemsOf({ version: '1' })[0]).toMatch(/^version: expected an integer/);
    expect(problemsOf({ version: 1.5 })[0]).toMatch(/^version: expected an integer/);
  });

  it('refuses a newer version naming both versions', () => {
    const [message] = problemsOf({ version: 2 });
    expect(message).toContain('version 2');
    expect(message).toContain('up to 1');
  });

  it('refuses versions that never existed', () => {
    expect(problemsOf({ version: 0 })[0]).toMatch(/^version: version 0 is not a Statewright document version/);
  });

  it('reports every problem at once, each at its path', () => {
    const problems = problemsOf({
      version: 1,
      name: 7,
      description: false,
      initial: ['A'],
      states: [1, { name: '' }, { name: 'A', final: 'yes', entry: 'go', exit: [''] }, { name: 'x'.repeat(201) }, { nam: 'B' }],
      events: [{ name: 3 }, 'e', 'e'],
      transitions: [7, { from: 'A', to: 3 }, { to: 'A' }, { from: 'A', to: 'A', guard: 1, actions: [2], description: {} }, { from: 'A', to: 'A', event: 'x'.repeat(201) }],
      layout: { states: { A: { x: 'left', y: 0 } }, direction: 'UP' },
      extra: true,
    });
    expect(problems).toEqual([
      'extra: unknown field; expected one of version, name, description, initial, states, events, transitions, layout',
      'name: expected a string, found a number (7)',
      'description: expected a string, found false',
      'initial: expected a string, found an array',
      'states[0]: expected a state object or a name, found a number (1)',
      'states[1].name: a name cannot be empty',
      'states[2].final: expected true or false, found a string ("yes")',
      'states[2].entry: expected an array of action names, found a string ("go")',
      'states[2].exit[0]: expected a non-empty action name, found an empty string',
      'states[3].name: a name can have at most 200 characters, this one has 201',
      'states[4].nam: unknown field; expected one of name, description, final, entry, exit',
      'states[4].name: required, expected a string',
      'events[0].name: expected a string, found a number (3)',
      'transitions[0]: expected a transition object, found a number (7)',
      'transitions[1].to: expected a string, found a number (3)',
      'transitions[2].from: required, expected a string',
      'transitions[3].guard: expected a string, found a number (1)',
      'transitions[3].actions[0]: expected a non-empty action name, found a number (2)',
      'transitions[3].description: expected a string, found an object',
      'transitions[4].event: a name can have at most 200 characters, this one has 201',
      'events[2].name: "e" is already the name of events[1]; names must be unique',
      'layout.states.A: expected a position {"x": number, "y": number}',
      'layout.direction: expected "RIGHT" or "DOWN", found a string ("UP")',
    ]);
  });

  it('refuses duplicate state names, case-sensitively', () => {
    expect(problemsOf({ version: 1, states: ['A', 'B', 'A'] })).toEqual(['states[2].name: "A" is already the name of states[0]; names must be unique']);
    expect(machineOf({ version: 1, states: ['A', 'a'] }).states).toHaveLength(2);
  });

  it('refuses non-array lists and a non-object layout', () => {
    expect(problemsOf({ version: 1, states: {}, events: 'e', transitions: null, layout: [] })).toEqual([
      'states: expected an array, found an object',
      'events: expected an array, found a string ("e")',
      'transitions: expected an array, found null',
      'layout: expected an object, found an array',
    ]);
    expect(problemsOf({ version: 1, layout: { states: 3 } })[0]).toMatch(/^layout\.states: expected an object/);
  });

  it('quotes odd keys in paths', () => {
    expect(problemsOf({ version: 1, states: ['a b'], layout: { states: { 'a b': null } } })).toEqual([
      'layout.states["a b"]: expected a position {"x": number, "y": number}',
    ]);
  });

  it('reports JSON syntax errors', () => {
    const result = restoreText('{"version": 1,\n  "states": [}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatInputProblem(result.problems[0]!)).toMatch(/^\(document\): not valid JSON/);
  });
});

describe('restore: accepted input', () => {
  it('accepts the shorthand for states and events', () => {
    const machine = machineOf({ version: 1, initial: 'A', states: ['A', 'B'], events: ['go'], transitions: [{ from: 'A', event: 'go', to: 'B' }] });
    expect(machine.states).toEqual([{ name: 'A' }, { name: 'B' }]);
    expect(machine.events).toEqual([{ name: 'go' }]);
  });

  it('keeps reference problems for analysis instead of rejecting', () => {
    const machine = machineOf({ version: 1, initial: 'Nowhere', states: ['A'], transitions: [{ from: 'A', to: 'Shiped' }, { from: 'Ghost', event: 'e', to: 'A' }] });
    expect(machine.initial).toBe('Nowhere');
    expect(machine.transitions).toEqual([
      { from: 'A', event: '', to: 'Shiped' },
      { from: 'Ghost', event: 'e', to: 'A' },
    ]);
  });

  it('defaults the name, drops empty optional fields and positions of unknown states', () => {
    const machine = machineOf({
      version: 1,
      name: '',
      description: '',
      states: [{ name: 'A', final: false, entry: [], description: '' }],
      transitions: [{ from: 'A', event: 'e', to: 'A', guard: '', actions: [] }],
      layout: { states: { A: { x: 1, y: 2 }, Gone: { x: 3, y: 4 } } },
    });
    expect(machine.name).toBe('Untitled');
    expect(machine.description).toBeUndefined();
    expect(machine.states).toEqual([{ name: 'A' }]);
    expect(machine.transitions).toEqual([{ from: 'A', event: 'e', to: 'A' }]);
    expect([...machine.layout.positions.keys()]).toEqual(['A']);
  });

  it('treats prototype names as ordinary names', () => {
    const text = '{"version":1,"initial":"__proto__","states":["__proto__","constructor"],"transitions":[{"from":"__proto__","event":"toString","to":"constructor"}],"layout":{"states":{"__proto__":{"x":5,"y":6},"constructor":{"x":7,"y":8}}}}';
    const result = restoreText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.machine.layout.positions.get('__proto__')).toEqual({ x: 5, y: 6 });
    const again = restoreText(serialize(result.machine));
    expect(again.ok && again.machine.layout.positions.get('__proto__')).toEqual({ x: 5, y: 6 });
    expect(serialize(result.machine)).toContain('"__proto__": {');
  });
});

describe('restoreText: JSON syntax errors say where', () => {
  it('reads a file that starts with a UTF-8 byte order mark, and counts columns after it', () => {
    expect(restoreText('\uFEFF{"version": 1, "states": ["A"]}').ok).toBe(true);
    const broken = restoreText('\uFEFF{"version": 1,,}');
    expect(!broken.ok && broken.problems[0]!.message).toContain('not valid JSON at line 1, column 15');
  });

  it.each([
    ['{"version": 1,\n  "states": [}', 'line 2, column 14'],
    ['{"version": 1,,}', 'line 1, column 15'],
    ['{"version": 1', 'line 1, column 14'],
    ['', 'line 1, column 1'],
    ['{"a": "b\nc"}', 'line 1, column 9'],
    ['{"version": 1} x', 'line 1, column 16'],
  ])('%j', (text, where) => {
    const result = restoreText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain(`not valid JSON at ${where}`);
  });
});
