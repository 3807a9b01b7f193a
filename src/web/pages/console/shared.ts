import { ACCESS, type LiveCommand } from '../../../domain/access.js';
import type { Me } from '../../api.js';
import type { OrderItem } from '../../api-schema.js';

/** Whether the access table lets this role take the command at all (the API still judges each act). */
export function may(me: Me, command: LiveCommand): boolean {
  return ACCESS[command].grants.some((g) => g.roles.includes(me.role));
}

/** An item of the order of votes in words. */
export function itemText(item: OrderItem): string {
  switch (item.kind) {
    case 'noAction':
      return `No-action motion on ${item.symbol}`;
    case 'amendment':
      return `Amendment ${item.symbol}`;
    case 'part':
      return `Separate vote on ${item.parts.join(', ')} of ${item.symbol}`;
    case 'draft':
      return `The draft ${item.symbol}`;
  }
}
