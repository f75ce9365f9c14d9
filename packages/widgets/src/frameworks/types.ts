/**
 * What every framework integration shares, derived from `elements.ts` (generated from the
 * custom-elements manifest): property types from the element classes, event detail types from
 * `UnionEventMap`. Nothing here is a list of widgets.
 */
import type { UnionEventMap } from '../events/index.js';
import type { UnionElementTypes } from './elements.js';

export type { UnionElementTypes } from './elements.js';

/** Every public tag: `union-provider`, `union-membership-join`, … */
export type UnionElementTag = keyof UnionElementTypes;

/** The element class behind a tag. */
export type UnionElementOf<T extends UnionElementTag> = UnionElementTypes[T]['element'];

/** The properties a platform may set on an element, typed as the class types them; all optional. */
export type UnionElementProperties<T extends UnionElementTag> = Partial<Pick<UnionElementOf<T>, UnionElementTypes[T]['properties'] & keyof UnionElementOf<T>>>;

type Assert<T extends true> = T;
/** Fails to compile when the manifest names a property its class does not have (regenerate elements.ts). */
export type UnionElementPropertiesExist = Assert<
  { [T in UnionElementTag]: [UnionElementTypes[T]['properties']] extends [keyof UnionElementOf<T>] ? true : false }[UnionElementTag]
>;

/** The `union-*` events an element dispatches. */
export type UnionElementEventName<T extends UnionElementTag> = UnionElementTypes[T]['events'];

/**
 * The detail of event `E`: from `UnionEventMap`, else from the DOM's `GlobalEventHandlersEventMap` where
 * an event declares itself, else `unknown` — so an event the manifest lists before either map names it
 * still builds.
 */
export type UnionEventDetail<E extends string> = E extends keyof UnionEventMap
  ? UnionEventMap[E]
  : E extends keyof GlobalEventHandlersEventMap
    ? GlobalEventHandlersEventMap[E] extends CustomEvent<infer D>
      ? D
      : unknown
    : unknown;

/** The event a listener of `E` receives: a `CustomEvent` with the event's detail. */
export type UnionCustomEvent<E extends string> = CustomEvent<UnionEventDetail<E>>;

type Words<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Words<Tail>}` : Capitalize<S>;

/** `union-membership-status` → `onUnionMembershipStatus`: the camel-case callback name of an event. */
export type UnionCallbackName<E extends string> = `on${Words<E>}`;

/** `onUnionReady`, `onUnionError`, … for every event of the element, each typed with its detail. */
export type UnionElementCallbacks<T extends UnionElementTag> = {
  [E in UnionElementEventName<T> as UnionCallbackName<E>]?: (event: UnionCustomEvent<E>) => void;
};

/** `onunion-ready`, … as React 19 and Preact spell a listener of a custom element's event in JSX. */
export type UnionElementListeners<T extends UnionElementTag> = {
  [E in UnionElementEventName<T> as `on${E}`]?: (event: UnionCustomEvent<E>) => void;
};

/** The run-time counterpart of `UnionCallbackName`. */
export const callbackName = <E extends string>(event: E): UnionCallbackName<E> =>
  `on${event
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')}` as UnionCallbackName<E>;
