import { ACCESS, type LiveCommand } from '../../../domain/access.js';
import type { Me } from '../../api.js';
import { orderItemText } from '../../components/history.js';

/** Whether the access table lets this role take the command at all (the API still judges each act). */
export function may(me: Me, command: LiveCommand): boolean {
  return ACCESS[command].grants.some((g) => g.roles.includes(me.role));
}

/** An item of the order of votes in words. */
export const itemText = orderItemText;
