/**
 * A BroadcastChannel between the app's open tabs, opened on first use; nothing happens where
 * the platform has none. Used for the diary, plans and the lock. Messages carry ids or a
 * word, never anything the parent wrote.
 */
export function tabChannel<T>(name: string) {
  const listeners = new Set<(message: T) => void>();
  let channel: BroadcastChannel | null | undefined;

  const open = (): BroadcastChannel | null => {
    if (channel !== undefined) return channel;
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
    channel?.addEventListener('message', (event: MessageEvent<T>) => {
      for (const listener of listeners) listener(event.data);
    });
    return channel;
  };

  return {
    post(message: T): void {
      open()?.postMessage(message);
    },
    /** Messages from OTHER tabs (a tab never receives its own). */
    listen(listener: (message: T) => void): () => void {
      open();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
