import { useEffect, useState } from 'react';

/**
 * The current time, re-rendering every `intervalMs` while `active`: a
 * countdown ticks, a resolved conflict's does not keep a timer running.
 */
export function useNow(active = true, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}
