import { useMemo, useRef, type MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router-dom';

/** How a card's plain links navigate. */
export interface CardNavigation {
  /** The href of an app path, with the router's basename. */
  href(to: string): string;
  /**
   * A click on a card link: a plain click runs `instead` (opening the
   * drawer) or navigates in the app; a modified one (new tab, new window)
   * is left to the browser.
   */
  follow(event: MouseEvent, to: string, instead?: () => void): void;
}

/**
 * Plain anchors for the board's cards, one navigate function for all of
 * them. react-router's Link costs a handful of hooks per link, and a board
 * of a thousand cards has three thousand links. The object is the same for
 * the page's life, so memoised cards do not re-render when the URL changes.
 */
export function useCardNavigation(): CardNavigation {
  const navigate = useNavigate();
  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;
  // '/' resolved by the router: its basename, where the app is served below
  // the site's root.
  const base = useHref('/').replace(/\/$/, '');
  return useMemo(
    () => ({
      href: to => `${base}${to}`,
      follow(event, to, instead) {
        if (
          event.defaultPrevented ||
          event.button !== 0 ||
          event.metaKey ||
          event.ctrlKey ||
          event.shiftKey ||
          event.altKey
        ) {
          return;
        }
        event.preventDefault();
        if (instead) instead();
        else navigateRef.current(to);
      },
    }),
    [base],
  );
}
