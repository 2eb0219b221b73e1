// Evidence values as short text. A forged attestation can hold any JSON, so the preview is built
// with every string, key and list already capped: its cost does not grow with the value.
import { capLength } from './escape.js';

const MAX_ITEMS = 20;

/** A string as it is, anything else as JSON; `undefined` as `absent`. At most about `max` per string. */
export function valuePreview(value: unknown, max: number): string {
  if (value === undefined) return 'absent';
  if (typeof value === 'string') return capLength(value, max);
  return JSON.stringify(value, (_key, item: unknown) => boundedItem(item, max)) ?? String(value);
}

function boundedItem(item: unknown, max: number): unknown {
  if (typeof item === 'string') return capLength(item, max);
  if (Array.isArray(item)) return item.length > MAX_ITEMS ? [...item.slice(0, MAX_ITEMS), '…'] : item;
  if (item !== null && typeof item === 'object') {
    const entries = Object.entries(item).slice(0, MAX_ITEMS + 1);
    const shown = entries.slice(0, MAX_ITEMS).map(([key, value]) => [capLength(key, max), value]);
    if (entries.length > MAX_ITEMS) shown.push(['…', '…']);
    return Object.fromEntries(shown);
  }
  return item;
}
