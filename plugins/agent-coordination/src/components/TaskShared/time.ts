import { useEffect, useState } from 'react';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "under a minute", "5m", "3h 12m", "2d 4h". */
export function formatDuration(ms: number): string {
  if (ms < MINUTE) return 'under a minute';
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (days > 0) return hours ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return minutes ? `${hours}h ${minutes}m` : `${hours}h`;
  return `${minutes}m`;
}

// toLocaleString builds a formatter per call; a board formats a timestamp
// per card, so one formatter serves them all.
let formatter: Intl.DateTimeFormat | undefined;

/** A timestamp for people, in their locale and time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  formatter ??= new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return formatter.format(date);
}

/**
 * Whether a calendar due date (YYYY-MM-DD, no time zone) has passed: it is
 * due until the end of that day where the user is.
 */
export function isPastDueDate(dueDate: string, now: number): boolean {
  const [y, m, d] = dueDate.split('-').map(Number);
  if (!y || !m || !d) return false;
  return now >= new Date(y, m - 1, d + 1).getTime();
}

/*
 * One clock for every "time in state" on the page: a board of a thousand
 * cards re-renders a thousand text nodes once a minute, not a thousand cards
 * on a thousand timers.
 */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(() => listeners.forEach(l => l()), MINUTE / 4);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

// Rounded, so that a snapshot only changes once a minute.
const minuteNow = () => Math.floor(Date.now() / MINUTE) * MINUTE;

/** The current time, to the minute, updating every minute. */
export function useMinuteClock(): number {
  // Not useSyncExternalStore: the plugin supports React 17. Setting the same
  // minute again renders nothing.
  const [now, setNow] = useState(minuteNow);
  useEffect(() => subscribe(() => setNow(minuteNow())), []);
  return now;
}
