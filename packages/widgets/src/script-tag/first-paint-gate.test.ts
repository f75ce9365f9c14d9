/**
 * The runtime's first module holds everything that imports it while a widget paints its first content
 * (`job-listings.js` publishes that paint under `Symbol.for('unionkit.firstPaint')`), and only then. A
 * module is evaluated once per page, so this file holds the one case it is about; with no paint
 * published it is a plain module (every other page, every other test file).
 */
import { expect } from '@open-wc/testing';

const FIRST_PAINT = Symbol.for('unionkit.firstPaint');

describe('the first-paint gate', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[FIRST_PAINT];
  });

  it('lets what imports it run only once the first paint has settled', async () => {
    let settle!: () => void;
    (globalThis as Record<symbol, unknown>)[FIRST_PAINT] = new Promise<void>((resolve) => (settle = resolve));
    let evaluated = false;
    const imported = import('./first-paint-gate.js').then(() => (evaluated = true));
    // However long the paint takes, the runtime stays unevaluated.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(evaluated).to.equal(false);
    settle();
    await imported;
    expect(evaluated).to.equal(true);
  });
});
