/** Navigation targets; each link carries the point in that app's coordinate system. */
export type UnionNavigationApp = 'amap' | 'baidu' | 'system';

/**
 * `union-navigate`: the worker asked to navigate to a service point — a request the host may act on.
 * Cancelable: a host app with its own navigation may call `preventDefault()` and handle it (the widget
 * then does not follow the link).
 */
export const UNION_NAVIGATE = 'union-navigate';
export interface UnionNavigateDetail {
  servicePointId: string;
  app: UnionNavigationApp;
}
export type UnionNavigateEvent = CustomEvent<UnionNavigateDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'union-navigate': UnionNavigateEvent;
  }
}
