/** A small order machine with every feature the Mermaid, SCXML and XState exports write. */
import { restore } from '../machine/restore';
import type { Machine } from '../machine/types';

export function orderMachine(): Machine {
  const result = restore({
    version: 1,
    name: 'Order',
    description: 'Lifecycle of a customer order',
    initial: 'Awaiting payment',
    states: [
      { name: 'Awaiting payment', entry: ['startPaymentTimer'], exit: ['stopPaymentTimer'] },
      { name: 'Paid' },
      { name: 'Shipped', description: 'Handed to the carrier: "fragile"', final: true },
    ],
    events: [{ name: 'Pay' }, { name: 'Ship', description: 'Warehouse confirms pickup' }],
    transitions: [
      { from: 'Awaiting payment', event: 'Pay', to: 'Paid', guard: 'amountPositive', actions: ['charge', 'sendReceipt'] },
      { from: 'Awaiting payment', event: 'Remind', to: 'Awaiting payment' },
      { from: 'Paid', event: 'Ship', to: 'Shipped' },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.machine;
}
