/**
 * Style layers an on-demand part brings with it (a file picker, a timeline), adopted into the widget's
 * shadow root once, when the part first shows, rather than shipped in the widget's up-front styles.
 */
import type { CSSResult } from 'lit';

const adopted = new WeakMap<ShadowRoot, Set<CSSResult>>();

export function adoptOnce(el: HTMLElement, ...layers: CSSResult[]): void {
  const root = el.shadowRoot;
  if (!root) return;
  let done = adopted.get(root);
  if (!done) adopted.set(root, (done = new Set()));
  const sheets = layers.filter((l) => !done.has(l) && l.styleSheet).map((l) => (done.add(l), l.styleSheet!));
  if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}
