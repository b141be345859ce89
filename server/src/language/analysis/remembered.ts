import type { Knowledge } from '../../core';

/** Names kept per lookup and knowledge; past it the memory starts again, so it never grows without end. */
const LIMIT = 50_000;

/**
 * A lookup of the core by name, remembered per knowledge: a body asks the same names again on
 * every version of its document, and a key that names no Lead field costs an edit-distance scan
 * of every field each time.
 */
export function remembered<T>(lookup: (k: Knowledge, name: string) => T): (k: Knowledge, name: string) => T {
  const memory = new WeakMap<Knowledge, Map<string, T>>();
  return (k, name) => {
    let names = memory.get(k);
    if (!names || names.size >= LIMIT) memory.set(k, (names = new Map()));
    if (names.has(name)) return names.get(name) as T;
    const found = lookup(k, name);
    names.set(name, found);
    return found;
  };
}
