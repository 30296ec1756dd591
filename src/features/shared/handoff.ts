/**
 * A message one screen leaves for the next one it opens ("saved", "your plan is ready"): kept in
 * memory only and taken once, so a reload or a later visit does not show it again.
 */
export function createHandoff<T>(): { leave: (next: T) => void; take: () => T | null } {
  let value: T | null = null;
  return {
    leave: (next) => {
      value = next;
    },
    take: () => {
      const current = value;
      value = null;
      return current;
    },
  };
}
