/**
 * The first page of jobs, painted before the widget's code has run.
 *
 * A page that embeds `<union-job-listings>` with the script tags loads Lit, the SDK and the contract's
 * validators before the widget can show anything, and on a slow phone evaluating them takes longer than
 * fetching the jobs. When the page already asked for the widget session (`initialToken` on the
 * provider, as the guide shows), this module — a few hundred bytes with no imports — asks for the first
 * page of jobs itself and writes each job's title and employer into the element's shadow root, as plain
 * text. The bundle's runtime waits for it (`script-tag/first-paint-gate.ts`), then the widget upgrades in
 * the same shadow root, loads and renders as it always does; while it loads, this paint stays in front
 * and hides what the widget renders, and the widget's `union-ready` or `union-error` removes it.
 * `script-tag/job-listings.ts` runs it.
 *
 * Nothing here can be tapped: the worker reads the jobs a moment sooner and acts on the widget's own.
 * The request is the widget's own first request (same URL, token and language), sent only with a
 * widget-session token (`wst_…`), never with a secret key.
 */

/**
 * Jobs on the first page: as many as the widget asks for (`job-listings.ts`, whose chunk this module
 * cannot import from: it runs before that chunk has arrived). The script tag's test holds the two equal.
 */
export const PAGE_SIZE = 10;

/** The widget's content stays hidden behind the first paint, a plain list. */
const STYLE = '[data-first-paint]~*{display:none!important}ul{list-style:none;padding:0 16px}li{padding:8px 0}p{margin:0}';

/** Text for HTML, in an element or a double-quoted attribute. */
const escape = (value: unknown): string =>
  String(value).replace(/[&<"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&quot;'));

interface Provider extends HTMLElement {
  initialToken?: unknown;
}

interface Job {
  id: unknown;
  title: unknown;
  employer: unknown;
}

/** Paints the first page of jobs into `el` (not yet upgraded); resolves to whether it did. */
export async function paintFirstPage(el: HTMLElement): Promise<boolean> {
  const provider = el.closest<Provider>('union-provider');
  const base = provider?.getAttribute('base-url');
  const token = await provider?.initialToken;
  if (!base || typeof token !== 'string' || !token.startsWith('wst_')) return false;
  const response = await fetch(`${base}/job-postings?limit=${PAGE_SIZE}`, {
    headers: { authorization: `Bearer ${token}`, 'accept-language': el.getAttribute('locale') ?? provider!.getAttribute('locale') ?? 'zh-CN' },
  });
  const jobs = response.ok && ((await response.json()) as { data?: Job[] }).data;
  // The widget may have upgraded meanwhile (its code was cached): it shows the jobs itself.
  if (!Array.isArray(jobs) || !jobs.length || el.shadowRoot) return false;
  // Every value is escaped: nothing from the response is markup.
  const root = el.attachShadow({ mode: 'open' });
  root.innerHTML = `<div data-first-paint><style>${STYLE}</style><ul>${jobs
    .map((job) => `<li data-job-id="${escape(job.id)}"><b>${escape(job.title)}</b><p>${escape(job.employer)}`)
    .join('')}</ul></div>`;
  const box = root.firstChild as Element;
  for (const type of ['union-ready', 'union-error']) el.addEventListener(type, () => box.remove(), { once: true });
  return true;
}
