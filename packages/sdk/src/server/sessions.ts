import { UnionClient } from '../client.js';
import type { ClientOptions, RequestOptions } from '../core/client.js';
import { UnionKitError } from '../core/errors.js';
import type { WidgetSession, WidgetSessionCreate } from '@unionkit/contract';

/**
 * Mints a widget session for one worker with the partner's secret key; hand `clientToken` (never the
 * secret key) to the page.
 *
 * ```ts
 * const session = await createWidgetSession(
 *   { baseUrl: 'https://…/v1', token: process.env.UNIONKIT_SECRET_KEY! },
 *   { workerRef: 'rider-123', components: ['membership', 'insurance'] },
 * );
 * res.json({ clientToken: session.clientToken, expiresAt: session.expiresAt });
 * ```
 */
export function createWidgetSession(
  clientOrOptions: UnionClient | ClientOptions,
  body: WidgetSessionCreate,
  options?: RequestOptions,
): Promise<WidgetSession> {
  if (!(clientOrOptions instanceof UnionClient)) {
    const { token } = clientOrOptions;
    if (token !== undefined && !token.startsWith('sk_')) {
      return Promise.reject(new UnionKitError('Widget sessions are minted with the secret key (sk_…).'));
    }
  }
  const client = clientOrOptions instanceof UnionClient ? clientOrOptions : new UnionClient(clientOrOptions);
  return client.widgetSessions.create(body, options);
}
