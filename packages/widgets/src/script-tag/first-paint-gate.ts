/**
 * The first module of the bundle's runtime chunk (every script-tag entry imports it first), so it runs
 * before Lit, the SDK and the contract's validators are evaluated. When a widget on the page is painting
 * its first content without them (`job-listings.js`, see `job-listings/first-paint.ts`), it holds the
 * rest of the runtime until that paint is on screen: on a slow phone, evaluating the runtime would
 * otherwise keep the main thread while the jobs arrive, and the paint would wait for it. The painting
 * entry caps the wait (500 ms), so a slow network delays nothing by more than that. A page where no
 * widget paints first waits for nothing. The npm build (`dist/`, for bundlers) has no gate: an
 * application's bundler decides its own order.
 */
const painting = (globalThis as Record<symbol, Promise<unknown> | undefined>)[Symbol.for('unionkit.firstPaint')];
if (painting) await painting;

export {};
