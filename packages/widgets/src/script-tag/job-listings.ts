/**
 * `<script type="module" src="…/job-listings.js">`: registers `<union-job-listings>`, once the first
 * page of jobs is on screen where it can be (`job-listings/first-paint.ts`): the widget's first render
 * would otherwise take the main thread while the jobs arrive, and they would wait for it. The wait is
 * capped, so that a slow network delays the widget no more than `WAIT_MS`.
 */
import { UnionJobListings } from '../job-listings/job-listings.js';
import { paintFirstPage } from '../job-listings/first-paint.js';

export { UnionJobListings };

const WAIT_MS = 500;

const define = (): void => {
  if (!customElements.get('union-job-listings')) customElements.define('union-job-listings', UnionJobListings);
};

const waiting = [...document.querySelectorAll<HTMLElement>('union-job-listings:not(:defined)')];
if (waiting.length) {
  void Promise.race([
    Promise.all(waiting.map(paintFirstPage))
      // The paint reaches the screen before the widget takes the main thread.
      .then(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))),
    new Promise((resolve) => setTimeout(resolve, WAIT_MS)),
  ])
    .catch(() => {})
    .then(define);
} else {
  define();
}
