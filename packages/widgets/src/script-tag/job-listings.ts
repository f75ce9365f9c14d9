/**
 * `<script type="module" src="…/job-listings.js">`: paints the first page of jobs
 * (`job-listings/first-paint.ts`), then registers `<union-job-listings>`.
 *
 * This module imports nothing up front, so it runs as soon as it has arrived, while Lit, the SDK and the
 * contract's validators are still on their way. The widget comes with `import()` (the bundle's
 * `job-listings-deferred` chunk, which a page preloads like the runtime: the manifest lists it). Until
 * the paint is on screen the runtime's first module (`first-paint-gate.ts`) holds the rest of the
 * runtime, and the element is registered only then; both wait at most `WAIT_MS`, so a slow network
 * delays the widget no more than that.
 */
import { paintFirstPage } from '../job-listings/first-paint.js';

const WAIT_MS = 500;

const painted = Promise.race([
  (async () => {
    // The page parsed: the elements are there, with the `initialToken` the page's script in the provider set.
    if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    const paints = await Promise.all([...document.querySelectorAll<HTMLElement>('union-job-listings:not(:defined)')].map(paintFirstPage));
    // What was painted reaches the screen before the runtime takes the main thread.
    if (paints.includes(true)) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  })(),
  new Promise((resolve) => setTimeout(resolve, WAIT_MS)),
]).catch(() => {});
// For the runtime's gate.
(globalThis as Record<symbol, unknown>)[Symbol.for('unionkit.firstPaint')] = painted;

const { UnionJobListings } = await import('../job-listings/job-listings.js');
await painted;
if (!customElements.get('union-job-listings')) customElements.define('union-job-listings', UnionJobListings);

export { UnionJobListings };
