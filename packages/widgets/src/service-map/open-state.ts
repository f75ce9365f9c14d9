/**
 * Whether a service point is open, as the list and the detail both show it: "营业中" / "休息中" /
 * "暂停开放", or nothing when the API did not say.
 */
import type { ServicePoint } from '@unionkit/sdk/types';
import { html, type TemplateResult } from 'lit';
import type { ServiceMapStrings } from './strings.js';

export function openState(p: ServicePoint, s: ServiceMapStrings): TemplateResult {
  const o = s.openState;
  if (p.status === 'temporarily_closed') return html`<span class="open-state suspended">${o.temporarilyClosed}</span>`;
  if (p.openNow === undefined) return html``;
  return p.openNow ? html`<span class="open-state open">${o.open}</span>` : html`<span class="open-state closed">${o.closed}</span>`;
}
