/**
 * Stepping back through a widget's views, for an app's back button or swipe (hosted mode) as much as
 * for any host: `back()` on every widget steps back one view (a detail → its list, a form step → the
 * one before) and says false at the widget's root, and `union-view-changed` `{ canGoBack }` (bubbling,
 * composed) tells the host whenever that changes. Each widget says what its views are; this does the rest.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** `union-view-changed`'s detail: whether `back()` would step back now. Nothing about what is shown. */
export interface UnionViewChangedDetail {
  canGoBack: boolean;
}

export interface ViewSteps {
  /** Whether the widget is off its root view. */
  canGoBack(): boolean;
  /** Steps back one view (only called when `canGoBack()`). */
  goBack(): void;
  /**
   * No `union-view-changed` (the help desk: even that a worker left its first view is not the
   * platform's to learn); `back()` still works.
   */
  silent?: boolean;
}

export class ViewHistory implements ReactiveController {
  #last = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly steps: ViewSteps,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const now = this.steps.canGoBack();
    if (now === this.#last || this.steps.silent) return;
    this.#last = now;
    const detail: UnionViewChangedDetail = { canGoBack: now };
    this.host.dispatchEvent(new CustomEvent('union-view-changed', { detail, bubbles: true, composed: true }));
  }

  back(): boolean {
    if (!this.steps.canGoBack()) return false;
    this.steps.goBack();
    return true;
  }
}
