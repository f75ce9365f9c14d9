/** `union-ready`: a widget finished its first load (with data, or with nothing to show). */
export const UNION_READY = 'union-ready';

export interface UnionReadyDetail {
  /** `ready` when there is something to show, `empty` when the first load found nothing. */
  state: 'ready' | 'empty';
}
export type UnionReadyEvent = CustomEvent<UnionReadyDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'union-ready': UnionReadyEvent;
  }
}
