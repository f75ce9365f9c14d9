/**
 * Taps a link as a worker would, with the host either taking it over (`preventDefault()` on
 * `union-open-url`) or not: what the host heard, and whether the browser would have followed the link
 * (the test page itself never does).
 */
import type { UnionOpenUrlDetail } from '../controllers/open-url.js';

export function tapLink(link: HTMLAnchorElement, hostTakesIt: boolean): { heard: UnionOpenUrlDetail[]; navigated: boolean } {
  const heard: UnionOpenUrlDetail[] = [];
  let navigated = false;
  const onOpen = (e: Event) => {
    heard.push((e as CustomEvent<UnionOpenUrlDetail>).detail);
    if (hostTakesIt) e.preventDefault();
  };
  // Last in the click's path: records whether anything before stopped the navigation, then stops it.
  const onClick = (e: Event) => {
    navigated = !e.defaultPrevented;
    e.preventDefault();
  };
  document.addEventListener('union-open-url', onOpen);
  window.addEventListener('click', onClick);
  try {
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
  } finally {
    document.removeEventListener('union-open-url', onOpen);
    window.removeEventListener('click', onClick);
  }
  return { heard, navigated };
}
