/**
 * `WidgetHost`: what a widget (`UnionElement`) lends its reactive controllers, typed, so that no
 * controller reaches into the element through casts. The element hands it out as `this.controllerHost`;
 * its own public API stays what the docs describe.
 */
import type { UnionCore } from '@unionkit/sdk';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { UnionErrorInfo } from '../errors.js';
import type { Translation } from '../localize/translation.js';

/** One load of a widget, as the element sees it: the first `auto` one drives `el.state` and `union-ready`. */
export interface HostLoad extends ReactiveController {
  readonly status: 'idle' | 'loading' | 'ready' | 'empty' | 'error';
  /** Loads when a client arrives, changes or speaks another language. */
  readonly auto: boolean;
  run(): Promise<void>;
}

export interface WidgetHost extends ReactiveControllerHost {
  /** The element itself (its shadow root, for focus moves after an update). */
  readonly element: HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  /** The client in use (the element's own, else the provider's), if any. */
  readonly client: UnionCore | undefined;
  /** Whether a client can ever come: one set on the element, or a provider around it. */
  readonly configured: boolean;
  /** `provider_missing`, once the page has loaded with neither a client nor a provider for the element. */
  readonly missing: UnionErrorInfo | undefined;
  /** The shared strings of the current locale. */
  readonly t: Translation;
  /** Turns a failure into `UnionErrorInfo`, announces it and sends `union-error`; `undefined` for an abort. */
  reportError(err: unknown): UnionErrorInfo | undefined;
  /** Says (announced, `union-error`) that there is no client to ask, and returns that error. */
  reportNotConfigured(): UnionErrorInfo;
  announce(message: string): void;
  announceError(message: string): void;
  clearError(): void;
  /** Moves focus to a heading after the next render. */
  focusHeading(selector?: string): Promise<void>;
  renderLoading(): TemplateResult;
  renderEmpty(message?: string): TemplateResult;
  renderError(error: UnionErrorInfo, retry?: () => void): TemplateResult;
  /** A load joins the element's loads (in order: the first `auto` one is the main one). */
  addLoad(load: HostLoad): void;
  /** A load settled (ready, empty or error). */
  loadSettled(load: HostLoad): void;
}
