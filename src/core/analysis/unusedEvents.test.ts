import { describe, expect, it } from 'vitest';
import { tinyMachine } from '../testing/tinyMachine';
import { unusedEvents } from './unusedEvents';

describe('unusedEvents', () => {
  it('lists declared events no transition uses, in declaration order', () => {
    const m = tinyMachine({ initial: 'A', events: ['refund', 'go', 'constructor'], transitions: [['A', 'go', 'B'], ['Missing', 'undeclared', 'A']] });
    expect(unusedEvents(m)).toEqual(['refund', 'constructor']);
  });
});
