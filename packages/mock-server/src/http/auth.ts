/**
 * Credentials: `Bearer sk_…` (a partner's server; never with an `Origin` header) or `Bearer wst_…`
 * (one worker's widget session: unexpired, from an origin its partner registered, with the component
 * the operation needs; the API's own origin, where the union's hosted page runs, needs no registering).
 */
import type { Component } from '@unionkit/contract';
import type { Actor } from '../domain/actor.js';
import { ProblemError } from '../domain/problem.js';
import type { Store } from '../store/store.js';
import { partnerAllowsOrigin } from './cors.js';

export type CredentialKind = 'sk' | 'wst' | 'sk_or_wst';

export interface AuthRequirement {
  credential: CredentialKind;
  /** For client tokens: the session must hold one of these components; omitted = any. */
  components?: readonly Component[];
  /** Whether a union token (`ust_…`) also opens the operation (confidential help requests). */
  unionToken?: boolean;
}

const unauthenticated = (detail: string) =>
  new ProblemError(401, 'unauthenticated', detail, { headers: { 'WWW-Authenticate': 'Bearer realm="unionkit"' } });

export interface Authenticated {
  actor: Actor;
  /** The rate-limit bucket (the partner, or the worker: never the credential itself). */
  bucket: string;
  /** Whose idempotency keys these are: the partner, or the worker. */
  subject: string;
}

export function authenticate(store: Store, request: Request, need: AuthRequirement): Authenticated {
  const header = request.headers.get('authorization');
  if (!header) throw unauthenticated('缺少 Authorization 请求头。 The Authorization header is missing.');
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) throw unauthenticated('Authorization 应为 “Bearer <凭证>”。 Authorization must be "Bearer <credential>".');
  const credential = m[1]!;
  const origin = request.headers.get('origin');

  if (credential.startsWith('sk_')) {
    const partner = store.partnerBySecretKey(credential);
    if (!partner) throw unauthenticated('密钥无效。 The secret key is not valid.');
    if (origin !== null) {
      throw new ProblemError(
        403,
        'secret_key_in_browser',
        '密钥只能在合作方服务器上使用，浏览器中请使用组件会话令牌。 Secret keys are for servers only; use a widget-session client token in browsers.',
      );
    }
    if (need.credential === 'wst') {
      throw new ProblemError(403, 'forbidden_scope', '此操作需使用组件会话令牌（wst_）。 This operation needs a widget-session client token (wst_).');
    }
    return { actor: { kind: 'sk', partner }, bucket: `partner:${partner.id}`, subject: `partner:${partner.id}` };
  }

  if (credential.startsWith('wst_')) {
    const session = store.sessionByToken(credential);
    const partner = session ? store.partners.get(session.partnerId) : undefined;
    if (!session || !partner) throw unauthenticated('会话令牌无效。 The client token is not valid.');
    if (store.now().getTime() >= session.expiresAt.getTime()) {
      throw new ProblemError(401, 'token_expired', '会话令牌已过期，请重新获取。 The client token has expired; fetch a new one.', {
        headers: { 'WWW-Authenticate': 'Bearer realm="unionkit", error="invalid_token"' },
      });
    }
    // The union's own pages (the hosted page, served beside the API) are not the partner's to register.
    if (origin !== null && !partnerAllowsOrigin(partner, origin) && !sameOrigin(request, origin)) {
      throw new ProblemError(403, 'origin_not_allowed', `来源 ${origin} 未被该合作方登记。 The origin ${origin} is not registered by this partner.`);
    }
    if (need.credential === 'sk') {
      throw new ProblemError(403, 'forbidden_scope', '此操作需在合作方服务器上使用密钥。 This operation needs the partner secret key, on the server.');
    }
    if (need.components && !need.components.some((c) => session.components.includes(c))) {
      throw new ProblemError(
        403,
        'forbidden_scope',
        `会话未包含组件 ${need.components.join(' 或 ')}。 The session does not include the component ${need.components.join(' or ')}.`,
      );
    }
    return {
      actor: { kind: 'wst', partner, session, workerKey: session.workerKey, workerRef: session.workerRef },
      bucket: `worker:${session.workerKey}`,
      subject: `worker:${session.workerKey}`,
    };
  }

  if (credential.startsWith('ust_')) return authenticateUnion(store, request, need, credential, origin);

  throw unauthenticated('凭证应以 sk_ 或 wst_ 开头。 The credential must start with sk_ or wst_.');
}

/**
 * A union token: unexpired, never from a partner's origin (only the union's own pages or a server),
 * and only for operations that take it. Its idempotency keys are its own, so a client token can never
 * replay a confidential request's answer.
 */
function authenticateUnion(store: Store, request: Request, need: AuthRequirement, credential: string, origin: string | null): Authenticated {
  const union = store.unionSessions.get(credential);
  const partner = union ? store.partners.get(union.partnerId) : undefined;
  if (!union || !partner) throw unauthenticated('工会会话令牌无效。 The union token is not valid.');
  if (store.now().getTime() >= union.expiresAt.getTime()) {
    throw new ProblemError(401, 'token_expired', '工会会话已过期，请重新验证。 The union session has expired; verify again.', {
      headers: { 'WWW-Authenticate': 'Bearer realm="unionkit", error="invalid_token"' },
    });
  }
  if (origin !== null && !sameOrigin(request, origin)) {
    throw new ProblemError(403, 'origin_not_allowed', `工会会话令牌只能在工会页面中使用，不接受来源 ${origin}。 A union token is used only in the union's pages, not from ${origin}.`);
  }
  if (!need.unionToken) {
    throw new ProblemError(403, 'forbidden_scope', '工会会话令牌只用于保密求助和预约。 A union token is only for confidential help requests and appointments.');
  }
  const session = union.session;
  return {
    actor: { kind: 'wst', partner, session, workerKey: union.workerKey, workerRef: session.workerRef, union: { mobile: union.mobile } },
    bucket: `worker:${union.workerKey}`,
    subject: `union:${union.workerKey}:${union.mobile}`,
  };
}

/** Whether `origin` is the API's own origin (a union page calling the API beside it). */
function sameOrigin(request: Request, origin: string): boolean {
  try {
    return new URL(request.url).origin === origin;
  } catch {
    return false;
  }
}
