/**
 * A minimal widget on `UnionElement`, for testing the base class and the common suite itself (the
 * real widgets run the same suite). Lists service points; "Apply" makes no create (there is none to
 * make without personal data), so creates are tested through an idempotent `ActionTask` directly.
 */
import { html, type TemplateResult } from 'lit';
import { ActionTask, LoadTask, UnionElement } from '../base.js';
import { fieldStyles, widgetTokens, baseStyles } from '../styles.js';
import { textField } from '../views/fields.js';
import type { ServicePoint } from '@unionkit/sdk/types';
import { ServicePoints, type Page, type RequestOptions, type UnionCore } from '@unionkit/sdk';
import { use } from '../api.js';
import { enumLabel } from '../labels.js';

/** Out at sea east of Shanghai: no service point stands within 500 m of it. */
const AT_SEA = { lat: 30.8, lng: 122.6 };

export class UnionDemoWidget extends UnionElement {
  static override styles = [...baseStyles, widgetTokens('demo-widget'), fieldStyles];

  /** Set to make the first load find nothing. */
  declare emptyQuery: boolean;
  note = '';

  static override properties = { ...UnionElement.properties, emptyQuery: { type: Boolean, attribute: 'empty-query' } };

  readonly points: LoadTask<Page<ServicePoint>> = new LoadTask<Page<ServicePoint>>(this.controllerHost, (client, signal) =>
    use(client, ServicePoints).list(this.emptyQuery ? { near: AT_SEA, radiusM: 500 } : { limit: 3 }, { signal }),
  );

  readonly #creates = new ActionTask(
    this.controllerHost,
    (client, options, _key: string, fn: (client: UnionCore, options: RequestOptions) => Promise<unknown>) => fn(client, options),
    { idempotent: true, key: (key) => key },
  );

  /** Exposed for tests of idempotent creates. */
  create<T>(key: string, fn: (client: UnionCore, options: RequestOptions) => Promise<T>) {
    return this.#creates.run(key, fn) as ReturnType<ActionTask<[], T>['run']>;
  }

  protected renderContent(): TemplateResult {
    return html`<div part="header"><h2 part="heading" data-step-heading tabindex="-1">${this.t.common.details}</h2></div>
      <div part="body">
        ${this.points.render({
          ready: (page: Page<ServicePoint>) =>
            html`<ul>
                ${page.data.map((p: ServicePoint) => html`<li>${p.name} · ${enumLabel(this.t.locale, this.t.enums.district, p.district)}</li>`)}
              </ul>
              ${textField({
                id: 'note',
                label: this.t.common.details,
                value: this.note,
                onInput: (v) => (this.note = v),
              })}
              <button type="button" part="button button-primary" class="primary">${this.t.common.submit}</button>`,
        })}
      </div>`;
  }
}

if (!customElements.get('union-demo-widget')) customElements.define('union-demo-widget', UnionDemoWidget);

declare global {
  interface HTMLElementTagNameMap {
    'union-demo-widget': UnionDemoWidget;
  }
}
