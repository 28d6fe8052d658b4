/**
 * The baseline of the codegen benchmark: the module a person would write by
 * hand for a machine, as nested `switch (state) { case … switch (event) … }`
 * with the guards and actions called inline. No tables, no precomputation.
 */
import type { Machine } from '../src/core/machine';
import { transitionIndex } from '../src/core/simulate';

const q = (value: string) => JSON.stringify(value);

/**
 * Source of a module exporting `createHandWritten({ guards, actions })`.
 * @example handWrittenSwitch(tcp) // "export function createHandWritten(…) { let state = \"CLOSED\"; …"
 */
export function handWrittenSwitch(machine: Machine): string {
  const states = new Map(machine.states.map((s) => [s.name, s]));
  const index = transitionIndex(machine);
  const cases: string[] = [];
  for (const state of machine.states) {
    const byEvent = index.get(state.name);
    if (state.final || !byEvent) continue;
    const eventCases: string[] = [];
    for (const [event, list] of byEvent) {
      const body: string[] = [];
      for (const { transition } of list) {
        const calls = [...(state.exit ?? []), ...(transition.actions ?? []), ...(states.get(transition.to)?.entry ?? [])]
          .map((action) => `actions[${q(action)}](change);`);
        const fire = [
          ...(calls.length ? [`const change = { from: ${q(state.name)}, event, to: ${q(transition.to)} };`, ...calls] : []),
          `state = ${q(transition.to)};`,
          'return state;',
        ];
        if (transition.guard === undefined) {
          body.push(...fire);
          break;
        }
        body.push(`if (guards[${q(transition.guard)}]({ state, event })) {`, ...fire.map((l) => `  ${l}`), '}');
      }
      eventCases.push(`        case ${q(event)}: {\n${body.map((l) => `          ${l}`).join('\n')}\n          break;\n        }`);
    }
    cases.push(`    case ${q(state.name)}:\n      switch (event) {\n${eventCases.join('\n')}\n      }\n      break;`);
  }
  return `export function createHandWritten({ guards, actions }: { guards: any; actions: any }) {
  let state: string = ${q(machine.initial!)};
  return {
    get state() {
      return state;
    },
    send(event: string): string {
      switch (state) {
${cases.join('\n')}
      }
      throw new Error("cannot take " + event + " in " + state);
    },
  };
}
`;
}
