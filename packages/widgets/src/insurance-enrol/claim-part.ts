/**
 * The claim part of `<union-insurance-enrol>` (申请互助金 and 我的理赔), loaded on demand only when the
 * worker opens it: its strings, its state (made here the first time, then held by the element) and its
 * views. The entry imports it only through `import()`.
 */
import { InsuranceClaims, type UnionCore } from '@unionkit/sdk';
import type { InsuranceClaim } from '@unionkit/contract';
import { use } from '../internal/api.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import { filePickerLayer } from '../internal/views/file-picker.js';
import { timelineLayer } from '../internal/views/timeline.js';
import { adoptOnce } from '../internal/styles/adopt.js';
import { ClaimState } from './claim-state.js';

export { claimStrings } from './claim-strings.js';
export { claimFormView, claimsView, type ClaimEnv } from './claim-flow.js';
export type { ClaimState } from './claim-state.js';

/** The claim state, with the styles of the file picker and the timeline added to the widget. */
export function createClaimState(host: WidgetHost): ClaimState {
  adoptOnce(host.element, filePickerLayer, timelineLayer);
  return new ClaimState(host);
}

/** The worker's claims (我的理赔), newest first. */
export async function listClaims(client: UnionCore, signal: AbortSignal): Promise<InsuranceClaim[]> {
  return (await use(client, InsuranceClaims).list({ limit: 100 }, { signal })).data;
}
