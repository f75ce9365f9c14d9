/** `union-service-point-selected`: the worker opened a service point's detail. */
export const UNION_SERVICE_POINT_SELECTED = 'union-service-point-selected';
export interface UnionServicePointSelectedDetail {
  servicePointId: string;
}
export type UnionServicePointSelectedEvent = CustomEvent<UnionServicePointSelectedDetail>;

/** Navigation targets; each link carries the point in that app's coordinate system. */
export type UnionNavigationApp = 'amap' | 'baidu' | 'system';

/**
 * `union-navigate`: the worker chose to navigate to a service point. Cancelable: a host app with its
 * own navigation may call `preventDefault()` and handle it (the widget then does not follow the link).
 */
export const UNION_NAVIGATE = 'union-navigate';
export interface UnionNavigateDetail {
  servicePointId: string;
  app: UnionNavigationApp;
}
export type UnionNavigateEvent = CustomEvent<UnionNavigateDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'union-service-point-selected': UnionServicePointSelectedEvent;
    'union-navigate': UnionNavigateEvent;
  }
}
