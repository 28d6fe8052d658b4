import { createMachine, assign } from 'xstate';

export const machine = createMachine({
  id: 'editor',
  initial: 'editing',
  states: {
    editing: {
      initial: 'clean',
      states: {
        clean: {},
        dirty: {},
      },
      on: {
        SAVE: { target: 'saving', guard: ({ context }) => context.dirty },
      },
    },
    saving: {
      invoke: { src: 'save', onDone: 'editing' },
      after: { 5000: 'editing' },
      always: [{ target: 'editing', guard: 'nothingToSave' }],
      entry: assign({ saving: true }),
    },
    panes: { type: 'parallel' },
  },
});
