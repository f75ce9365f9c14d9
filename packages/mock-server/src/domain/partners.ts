/** What only a partner's server does: webhook endpoints and the worker status it may learn. */
import type { WebhookEndpointCreate, WorkerStatus } from '@unionkit/contract';
import type { Store } from '../store/store.js';
import { workerKey } from '../store/store.js';
import type { WebhookEndpointRecord } from '../store/types.js';
import type { PartnerActor } from './actor.js';
import { sharesStatusWithPlatform } from './consents.js';
import { refreshEnrolments } from './insurance.js';
import { fieldError, notFound, ProblemError, validationFailed } from './problem.js';
import { webhookUrlError } from './webhook-url.js';
import { secureToken } from '../store/ids.js';

/**
 * Registers an endpoint (its URL checked by `./webhook-url.ts`; at most `limits.webhookEndpointsPerPartner`
 * per partner). Its signing secret: the partner's fixed webhook secret when it has one (the documented
 * test partner `demo-delivery` signs everything with `whsec_test_demo_delivery`, so the published test
 * secret always verifies), else a fresh `whsec_…` per endpoint from a CSPRNG.
 */
export function createWebhookEndpoint(store: Store, actor: PartnerActor, input: WebhookEndpointCreate): WebhookEndpointRecord {
  const errors = [webhookUrlError(input.url)].filter((e) => e !== null);
  if (new Set(input.events).size !== input.events.length) {
    errors.push(fieldError('events', 'invalid_value', '事件类型不能重复。 Event types must not repeat.'));
  }
  if (errors.length > 0) throw validationFailed(errors);
  const max = store.limits.webhookEndpointsPerPartner;
  if (listWebhookEndpoints(store, actor).length >= max) {
    throw new ProblemError(
      409,
      'invalid_state',
      `已登记 ${max} 个 Webhook 端点，请先删除不再使用的端点。 ${max} webhook endpoints are registered; delete one you no longer use first.`,
    );
  }
  const record: WebhookEndpointRecord = {
    id: store.webhookIds.next('whe'),
    partnerId: actor.partner.id,
    url: input.url,
    events: [...input.events],
    secret: actor.partner.webhookSecret ?? secureToken('whsec', 32),
    createdAt: store.now(),
  };
  store.webhookEndpoints.set(record.id, record);
  return record;
}

export function listWebhookEndpoints(store: Store, actor: PartnerActor): WebhookEndpointRecord[] {
  return [...store.webhookEndpoints.values()].filter((w) => w.partnerId === actor.partner.id);
}

export function deleteWebhookEndpoint(store: Store, actor: PartnerActor, id: string): void {
  const w = store.webhookEndpoints.get(id);
  if (!w || w.partnerId !== actor.partner.id) throw notFound('Webhook 端点', 'webhook endpoint');
  store.deleteWebhookEndpoint(id);
}

/**
 * What the platform may learn about its worker: only with an active `share_status_with_platform`
 * consent. Otherwise (and for a worker never seen) `shared: false` and nothing else.
 */
export function workerStatus(store: Store, actor: PartnerActor, workerRef: string): WorkerStatus {
  const key = workerKey(actor.partner.id, workerRef);
  if (!store.workers.has(key) || !sharesStatusWithPlatform(store, key)) {
    return { workerRef, shared: false, membership: null, coverage: [] };
  }
  refreshEnrolments(store, key);
  const m = store.memberships.get(key);
  return {
    workerRef,
    shared: true,
    membership: m ? { status: m.status, since: m.since } : null,
    coverage: [...store.enrolments.values()]
      .filter((e) => e.workerKey === key)
      .map((e) => ({ planId: e.planId, status: e.status, coverageEnd: e.coverageEnd })),
  };
}
