import { useEffect, useRef, useState } from 'preact/hooks';

export interface RetryWait {
  /** Whole seconds left before the next try may be made; 0 when it may be made now. */
  seconds: number;
  /** True from the moment a wait ran out until the next try. */
  ended: boolean;
  /** Starts a wait of this many milliseconds (as told by the lock). */
  wait: (ms: number) => void;
  /** Forgets that a wait ran out (a new try begins). */
  reset: () => void;
}

/** The countdown after repeated wrong passcodes; the wait itself is kept by the lock in the database. */
export function useRetryWait(): RetryWait {
  const until = useRef(0);
  // `tick` makes every wake-up a new state, also when the clock has not moved on yet.
  const [state, setState] = useState({ left: 0, tick: 0, ended: false });

  useEffect(() => {
    if (state.left <= 0) return;
    // Wake when the number of seconds shown changes.
    const timer = setTimeout(() => {
      const left = Math.max(0, until.current - Date.now());
      setState((current) => ({ left, tick: current.tick + 1, ended: left === 0 }));
    }, state.left % 1000 || 1000);
    return () => clearTimeout(timer);
  }, [state]);

  return {
    seconds: Math.ceil(state.left / 1000),
    ended: state.ended,
    wait: (ms) => {
      until.current = Date.now() + ms;
      setState((current) => ({ left: Math.max(0, ms), tick: current.tick + 1, ended: false }));
    },
    reset: () => setState((current) => (current.ended ? { ...current, ended: false } : current)),
  };
}
