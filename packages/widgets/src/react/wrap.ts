/**
 * One React component per element through `@lit/react`'s `createComponent`: properties are set as
 * properties (so `fetchToken`, `position` and `strings` are passed as they are, not as strings), and
 * each `union-*` event the element dispatches is an `onUnion…` callback typed with the event's detail.
 * Which events an element has comes from `../frameworks/elements.ts` (generated from the manifest).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { UNION_ELEMENTS } from '../frameworks/elements.js';
import {
  callbackName,
  type UnionElementCallbacks,
  type UnionElementOf,
  type UnionElementProperties,
  type UnionElementTag,
} from '../frameworks/types.js';

/** The props of a UnionKit React component: the element's public properties, its `onUnion…` callbacks and the usual HTML attributes. */
export type UnionComponentProps<T extends UnionElementTag> = Omit<
  React.HTMLAttributes<UnionElementOf<T>>,
  keyof UnionElementProperties<T> | keyof UnionElementCallbacks<T>
> &
  UnionElementProperties<T> &
  UnionElementCallbacks<T> &
  React.RefAttributes<UnionElementOf<T>>;

/** A UnionKit element as a React component. */
export type UnionComponent<T extends UnionElementTag> = React.ForwardRefExoticComponent<UnionComponentProps<T>>;

/** Registers `tag` (once, in a browser) and makes its React component. */
export function wrap<T extends UnionElementTag>(tag: T, elementClass: new () => UnionElementOf<T>): UnionComponent<T> {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, elementClass);
  const events: Record<string, EventName> = {};
  for (const event of UNION_ELEMENTS[tag].events) events[callbackName(event)] = event as EventName;
  return createComponent({ react: React, tagName: tag, elementClass, events, displayName: UNION_ELEMENTS[tag].className }) as unknown as UnionComponent<T>;
}
