import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { ApiError, ConnectionError, type RequestOptions, type UnionCore } from '@unionkit/sdk';
import { html } from 'lit';
import { UnionElement } from '../base.js';
import { hostEvents } from '../testing/dom.js';
import { ActionTask } from './action.js';

const fakeClient = () => ({ locale: 'zh-CN', setLocale() {} }) as unknown as UnionCore;

/** What the "server" saw: one entry per request, with its idempotency key. */
interface Sent {
  planId: string;
  key: string | undefined;
}

class ActionHostElement extends UnionElement {
  readonly sent: Sent[] = [];
  /** What the next request does: answer, or throw. */
  next: (sent: Sent) => Promise<string> = async (s) => `enrolment for ${s.planId}`;
  /** What the worker typed: the controller must never lose it. */
  typed = '1990-05-01';
  readonly enrol = new ActionTask(
    this.controllerHost,
    (_client, options: RequestOptions, planId: string) => {
      const sent = { planId, key: options.idempotencyKey };
      this.sent.push(sent);
      return this.next(sent);
    },
    { idempotent: true, key: (planId) => planId },
  );
  protected renderContent() {
    return html`<p>${this.enrol.error?.message ?? ''}</p>`;
  }
}
customElements.define('test-action-host', ActionHostElement);

/** A widget with a client of its own, or (`null`) with none and no provider. */
const mount = (client: UnionCore | null = fakeClient()) =>
  fixture<ActionHostElement>(fixtureHtml`<test-action-host .client=${client ?? undefined}></test-action-host>`);

const serverError = () => new ApiError(503, undefined, new Headers());

describe('ActionTask', () => {
  it('retries a create with the same idempotency key after a failure a retry can fix', async () => {
    const el = await mount();
    el.next = () => Promise.reject(new ConnectionError());
    const failed = await el.enrol.run('plan_a');
    expect(failed.ok).to.equal(false);
    expect(el.enrol.error).to.include({ code: 'network_error', retryable: true });
    el.next = async () => 'done';
    const retried = await el.enrol.retry();
    expect(retried).to.deep.equal({ ok: true, value: 'done' });
    expect(el.sent.map((s) => s.planId)).to.deep.equal(['plan_a', 'plan_a']);
    expect(el.sent[0]!.key).to.be.a('string');
    expect(el.sent[1]!.key, 'the retry replays the same create').to.equal(el.sent[0]!.key);
    expect(el.enrol.error).to.equal(undefined);
    expect(el.typed, 'what the worker typed stays').to.equal('1990-05-01');
  });

  it('starts a new create (new key) after a success, after a failure for good, and when told the body changed', async () => {
    const el = await mount();
    await el.enrol.run('plan_a');
    await el.enrol.run('plan_a');
    expect(el.sent[1]!.key, 'after a success').to.not.equal(el.sent[0]!.key);
    el.next = () => Promise.reject(new TypeError('not an SDK error')); // unknown_error: a retry cannot fix it
    await el.enrol.run('plan_a');
    el.next = async () => 'ok';
    await el.enrol.run('plan_a');
    expect(el.sent[3]!.key, 'after a failure for good').to.not.equal(el.sent[2]!.key);
    el.next = () => Promise.reject(new ConnectionError());
    await el.enrol.run('plan_a');
    el.enrol.forget('plan_a');
    await el.enrol.run('plan_a');
    expect(el.sent[5]!.key, 'after the body changed').to.not.equal(el.sent[4]!.key);
  });

  it('keeps one key per logical create: another plan is another create', async () => {
    const el = await mount();
    el.next = () => Promise.reject(new ConnectionError());
    await el.enrol.run('plan_a');
    await el.enrol.run('plan_b');
    await el.enrol.run('plan_a');
    expect(el.sent[1]!.key).to.not.equal(el.sent[0]!.key);
    expect(el.sent[2]!.key).to.equal(el.sent[0]!.key);
  });

  it('never submits twice: a second call while one runs gets the same answer, and says it is running', async () => {
    const el = await mount();
    let release!: () => void;
    el.next = () => new Promise((resolve) => (release = () => resolve('once')));
    const a = el.enrol.run('plan_a');
    const b = el.enrol.run('plan_a');
    expect(el.enrol.running('plan_a')).to.equal(true);
    expect(el.enrol.running('plan_b')).to.equal(false);
    release();
    expect(await a).to.deep.equal(await b);
    expect(el.sent).to.have.length(1);
    expect(el.enrol.running()).to.equal(false);
  });

  it('says a failure to the host (union-error) and in the widget, and asks for no request without a client', async () => {
    const events = hostEvents(['union-error']);
    try {
      const el = await mount();
      el.next = () => Promise.reject(serverError());
      await el.enrol.run('plan_a');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal(el.enrol.error!.message);
      const none = await mount(null);
      const result = await none.enrol.run('plan_a');
      expect(result.ok).to.equal(false);
      expect(none.sent).to.have.length(0);
      expect(events.of('union-error').map((e) => e.detail)).to.deep.equal([
        { code: 'server_error', retryable: true },
        { code: 'provider_missing', retryable: false },
      ]);
    } finally {
      events.stop();
    }
  });
});
