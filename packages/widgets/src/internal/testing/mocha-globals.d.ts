/**
 * The few mocha globals the widget tests use (web-test-runner's default framework). A stand-in until
 * `@types/mocha` is a root devDependency; delete this file then.
 */
interface MochaContextLike {
  timeout(ms: number): void;
  skip(): never;
}
type MochaFn = (this: MochaContextLike) => void | Promise<unknown>;
declare function describe(title: string, fn: (this: MochaContextLike) => void): void;
declare function it(title: string, fn: MochaFn): void;
declare function before(fn: MochaFn): void;
declare function after(fn: MochaFn): void;
declare function beforeEach(fn: MochaFn): void;
declare function afterEach(fn: MochaFn): void;
