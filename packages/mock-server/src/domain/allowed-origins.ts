/**
 * The origins a partner registers for its pages and apps (`PUT /partner/allowed-origins`): the
 * sandbox's CORS (`../http/cors.ts`) and the union's hosted page, which checks the page framing it,
 * match them with the contract's `originMatches`. Each must be written exactly as a browser sends
 * `Origin` (lower case, no default port, no path), so that a registered origin cannot silently fail
 * to match, and none may open more than the partner means: no `*`, no wildcard hosts, plain http only
 * on loopback, and `null` (every opaque origin sends it) only by an explicit opt-in.
 */
import type { AllowedOriginsUpdate, FieldError } from '@unionkit/contract';
import type { PartnerActor } from './actor.js';
import { fieldError, validationFailed } from './problem.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const PATTERN = /^([a-z][a-z0-9+.-]*):\/\/([^/?#@:\s]+|\[[0-9a-f:]+\])(?::(\d{1,5}|\*))?$/;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };
/** Schemes that never name a page's origin (their pages send `null`, or they are not pages at all). */
const NOT_ORIGINS = new Set(['file', 'data', 'blob', 'javascript', 'about', 'ws', 'wss', 'ftp']);

/** Why `pattern` cannot be registered (bilingual), or null when it can. */
export function originPatternProblem(pattern: string, allowNull: boolean): string | null {
  if (pattern === 'null') {
    return allowNull
      ? null
      : '登记 null 需同时给出 allowNullOrigin: true：任何不透明来源（沙箱化 iframe、data: 页面、file://）都发送 null。 Registering null needs allowNullOrigin: true as well: every opaque origin (sandboxed iframes, data: pages, file://) sends null.';
  }
  if (pattern.includes('*') && !/:\*$/.test(pattern)) {
    return '不能使用通配符，请逐个登记来源。 Wildcards are not allowed; register each origin.';
  }
  if (pattern !== pattern.trim() || pattern !== pattern.toLowerCase()) {
    return '来源须全部小写、不含空白，与浏览器发送的 Origin 一致。 An origin must be lower case without spaces, as browsers send it.';
  }
  const m = PATTERN.exec(pattern);
  if (!m) {
    return '来源只含协议、主机和端口，如 https://rider.example，不含路径或结尾的斜杠。 An origin is a scheme, host and port only, such as https://rider.example, with no path or trailing slash.';
  }
  const [, scheme = '', host = '', port] = m;
  if (NOT_ORIGINS.has(scheme)) {
    return `${scheme}: 不是网页来源；从 file:// 加载的页面发送 null。 ${scheme}: is not a page origin; pages loaded from file:// send null.`;
  }
  if (!host.startsWith('[') && !HOST.test(host)) return '主机名无效。 The host name is not valid.';
  const loopback = LOOPBACK.has(host);
  if (scheme === 'http' && !loopback) {
    return '除 localhost 和 127.0.0.1 外须用 https。 Only localhost and 127.0.0.1 may use http; use https.';
  }
  if (port === '*' && !(loopback && (scheme === 'http' || scheme === 'https'))) {
    return '任意端口（:*）只用于 http(s)://localhost 和 127.0.0.1。 Any port (:*) is for http(s)://localhost and 127.0.0.1 only.';
  }
  if (port !== undefined && port !== '*') {
    const n = Number(port);
    if (n < 1 || n > 65535 || String(n) !== port) return '端口无效。 The port is not valid.';
    if (DEFAULT_PORTS[scheme] === port) {
      return `浏览器发送的来源不含默认端口 :${port}，请去掉。 Browsers send the origin without the default port :${port}; leave it out.`;
    }
  }
  return null;
}

/** Replaces the partner's origins with `input.origins` when every one can be registered (else 422, one field error each). */
export function setAllowedOrigins(actor: PartnerActor, input: AllowedOriginsUpdate): { origins: string[] } {
  const errors: FieldError[] = [];
  input.origins.forEach((origin, i) => {
    const problem = originPatternProblem(origin, input.allowNullOrigin === true);
    if (problem) errors.push(fieldError(`origins.${i}`, 'invalid_value', problem));
    else if (input.origins.indexOf(origin) !== i) errors.push(fieldError(`origins.${i}`, 'invalid_value', '来源重复。 The origin is listed twice.'));
  });
  if (errors.length > 0) throw validationFailed(errors);
  actor.partner.allowedOrigins = [...input.origins];
  return { origins: [...actor.partner.allowedOrigins] };
}
