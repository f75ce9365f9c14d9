/**
 * Which URLs a partner may register as a webhook endpoint. The sandbox POSTs signed events there, so
 * a URL must not turn it against the network it runs in: link-local and cloud-metadata addresses
 * (169.254.0.0/16, fe80::/10, 100.100.100.200, fd00:ec2::254, the metadata host names), the
 * unspecified address, multicast and broadcast are refused in every spelling — decimal, hexadecimal
 * or octal IPv4, and IPv4 inside IPv6 (mapped, compatible, NAT64, 6to4). The WHATWG URL parser
 * normalises all those spellings, so the checks read its result. Loopback and private addresses
 * stay allowed: partners test against their own machine. A URL with spaces, control or non-ASCII
 * characters, a backslash or credentials is refused rather than stored in a normalised form.
 *
 * A host *name* is not resolved here (the sandbox also runs in browsers): where a resolver is given
 * (`SandboxOptions.resolveHost`; the node server asks DNS), each delivery checks the addresses the name
 * stands for with `refusedHost` (`../webhooks.ts`).
 */
import type { FieldError } from '@unionkit/contract';
import { fieldError } from './problem.js';

export const MAX_WEBHOOK_URL_LENGTH = 2048;

const METADATA_HOSTS = new Set([
  'metadata.google.internal',
  'metadata.goog',
  'metadata.tencentyun.com',
  'instance-data',
  'instance-data.ec2.internal',
]);

type Octets = [number, number, number, number];
/** Why an address is refused: Chinese and English. */
export interface Refusal {
  zh: string;
  en: string;
}
const refusal = (zh: string, en: string): Refusal => ({ zh, en });

function refusedIPv4([a, b, c, d]: Octets): Refusal | null {
  if (a === 0) return refusal('未指定地址（0.0.0.0/8）', 'the unspecified network 0.0.0.0/8');
  if (a === 169 && b === 254) return refusal('链路本地或元数据地址（169.254.0.0/16）', 'a link-local or metadata address (169.254.0.0/16)');
  if (a === 100 && b === 100 && c === 100 && d === 200) return refusal('云元数据地址（100.100.100.200）', 'a cloud metadata address (100.100.100.200)');
  if (a >= 224 && a <= 239) return refusal('组播地址（224.0.0.0/4）', 'a multicast address (224.0.0.0/4)');
  if (a >= 240) return refusal('保留或广播地址（240.0.0.0/4）', 'a reserved or broadcast address (240.0.0.0/4)');
  return null;
}

function parseIPv4(host: string): Octets | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] : null;
}

/** The eight 16-bit groups of a serialised IPv6 address (as the URL parser writes it: hex groups, `::`). */
function parseIPv6(host: string): number[] | null {
  const halves = host.split('::');
  if (halves.length > 2) return null;
  const part = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const head = part(halves[0]!);
  const tail = halves.length === 2 ? part(halves[1]!) : [];
  const groups = halves.length === 2 ? [...head, ...Array(8 - head.length - tail.length).fill(0), ...tail] : head;
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

const embedded = (hi: number, lo: number): Octets => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff];

function refusedIPv6(g: number[]): Refusal | null {
  const zero = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zero(0, 8)) return refusal('未指定地址（::）', 'the unspecified address (::)');
  if ((g[0]! & 0xffc0) === 0xfe80) return refusal('链路本地地址（fe80::/10）', 'a link-local address (fe80::/10)');
  if ((g[0]! & 0xff00) === 0xff00) return refusal('组播地址（ff00::/8）', 'a multicast address (ff00::/8)');
  if (g[0] === 0xfd00 && g[1] === 0x0ec2 && zero(2, 7) && g[7] === 0x254) return refusal('云元数据地址（fd00:ec2::254）', 'a cloud metadata address (fd00:ec2::254)');
  let v4: Octets | null = null;
  if (zero(0, 5) && g[5] === 0xffff) v4 = embedded(g[6]!, g[7]!); // ::ffff:a.b.c.d (mapped)
  else if (zero(0, 4) && g[4] === 0xffff && g[5] === 0) v4 = embedded(g[6]!, g[7]!); // ::ffff:0:a.b.c.d (translated)
  else if (zero(0, 6) && !(g[6] === 0 && g[7]! <= 1)) v4 = embedded(g[6]!, g[7]!); // ::a.b.c.d (compatible)
  else if (g[0] === 0x64 && g[1] === 0xff9b && zero(2, 6)) v4 = embedded(g[6]!, g[7]!); // 64:ff9b::/96 (NAT64)
  else if (g[0] === 0x2002) v4 = embedded(g[1]!, g[2]!); // 2002::/16 (6to4)
  return v4 ? refusedIPv4(v4) : null;
}

/** Why `host` (a URL's `hostname`) may not receive webhooks, or null when it may. */
export function refusedHost(hostname: string): Refusal | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) {
    const groups = parseIPv6(host.slice(1, -1));
    return groups ? refusedIPv6(groups) : refusal('无法解析的 IPv6 地址', 'an IPv6 address that cannot be read');
  }
  const v4 = parseIPv4(host);
  if (v4) return refusedIPv4(v4);
  if (METADATA_HOSTS.has(host)) return refusal(`云元数据主机 ${host}`, `the cloud metadata host ${host}`);
  return null;
}

/** The field error for an endpoint URL the sandbox will not store, or null when it is acceptable. */
export function webhookUrlError(url: string): FieldError | null {
  if (url.length > MAX_WEBHOOK_URL_LENGTH) {
    return fieldError('url', 'too_big', `网址不能超过 ${MAX_WEBHOOK_URL_LENGTH} 个字符。 The URL must be at most ${MAX_WEBHOOK_URL_LENGTH} characters.`);
  }
  if (!/^https?:\/\/[\x21-\x7e]+$/.test(url) || url.includes('\\')) {
    return fieldError(
      'url',
      'invalid_format',
      '网址须以 http:// 或 https:// 开头，且不能含空格、控制字符、非 ASCII 字符或反斜杠（请先百分号编码）。 The URL must start with http:// or https:// and hold no spaces, control or non-ASCII characters or backslashes (percent-encode them).',
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fieldError('url', 'invalid_format', '网址无法解析。 The URL cannot be parsed.');
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return fieldError('url', 'invalid_format', '网址不能包含用户名或密码，请用签名验证来源。 The URL must not hold a user name or password; verify the signature instead.');
  }
  const refused = refusedHost(parsed.hostname);
  if (refused) return fieldError('url', 'invalid_value', `不能向${refused.zh}发送 Webhook。 Webhooks cannot go to ${refused.en}.`);
  return null;
}
