import { expect } from '@open-wc/testing';
import { runCommonWidgetSuite } from '../internal/testing/common-suite.js';
import { $, $$, choose, hostEvents, setInput, text, textOf, waitFor, waitUntil } from '../internal/testing/dom.js';
import { helpClient, mount, openForm, send, TAG } from '../internal/testing/help-desk.js';
import { UNION_EVENT_NAMES } from '../events/index.js';
import type { UnionHelpDesk } from './help-desk.js';
import { parseTypes } from './types.js';

runCommonWidgetSuite('union-help-desk', {
  tag: TAG,
  session: { components: ['help'], locale: 'zh-CN' },
  // A suggestion whose text holds a name, a mobile and an ID number: sent to the union, and nowhere else.
  exercise: async (el, s) => {
    const w = el as UnionHelpDesk;
    await openForm(w, 'suggestion');
    await choose(w, '#help-topic', 'other');
    setInput(w, '#help-description', `${s.name} ${s.mobile} ${s.idNumber}`);
    $<HTMLInputElement>(w, '#help-consent')!.click();
    await w.updateComplete;
    await send(w);
    await waitUntil(() => w.view === 'submitted', 'not sent');
  },
});

describe('union-help-desk', function () {
  this.timeout(30000);

  it('shows every type with a line on what it is for, both hotlines one tap away, and "my requests"', async () => {
    const el = await mount(await helpClient());
    const tiles = $$(el, 'button[data-type]');
    expect(tiles.map((b) => b.dataset['type'])).to.deep.equal([
      'legal_consultation',
      'legal_aid',
      'mediation',
      'complaint',
      'suggestion',
      'skill_subsidy',
      'micro_wish',
    ]);
    expect(textOf(tiles[5])).to.contain('取证补贴').and.to.contain('职业技能等级证书');
    // The confidential ones say so before the worker taps.
    expect(textOf(tiles[3])).to.contain('平台看不到');
    expect(textOf(tiles[4])).to.not.contain('平台看不到');
    const calls = $$<HTMLAnchorElement>(el, '[part~="hotlines"] a');
    expect(calls.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:12351', 'tel:12348']);
    expect(textOf(calls[0])).to.contain('12351 职工服务热线').and.to.contain('24 小时心理咨询');
    expect(textOf(calls[1])).to.contain('12348 法律服务热线');
    expect(text(el, 'mine-entry')).to.contain('您还没有提交过求助');
    await expect(el).to.be.accessible();
  });

  it('narrows the types to what the `types` attribute names, commas or spaces, unknown names ignored', async () => {
    expect(parseTypes('suggestion, micro_wish')).to.deep.equal(['suggestion', 'micro_wish']);
    expect(parseTypes('micro_wish suggestion bogus')).to.deep.equal(['suggestion', 'micro_wish']);
    expect(parseTypes('bogus')).to.have.length(7);
    expect(parseTypes(undefined)).to.have.length(7);
    const el = await mount(await helpClient(), (w) => w.setAttribute('types', 'skill_subsidy，micro_wish'));
    expect($$(el, 'button[data-type]').map((b) => b.dataset['type'])).to.deep.equal(['skill_subsidy', 'micro_wish']);
    el.setAttribute('types', 'complaint suggestion');
    await el.updateComplete;
    expect($$(el, 'button[data-type]').map((b) => b.dataset['type'])).to.deep.equal(['complaint', 'suggestion']);
    await expect(el).to.be.accessible();
  });

  it('tells the host nothing of a request: no event but ready and error, ready whatever the worker has', async () => {
    const events = hostEvents(UNION_EVENT_NAMES);
    const raw: string[] = [];
    const record = (e: Event) => e.type.startsWith('union-') && raw.push(e.type);
    const types = ['union-help-request-created', 'union-help-request-submitted', 'union-view', ...UNION_EVENT_NAMES];
    for (const t of types) window.addEventListener(t, record, true);
    try {
      const client = await helpClient();
      const el = await mount(client);
      await openForm(el, 'micro_wish');
      await choose(el, '#help-category', 'child_education');
      setInput(el, '#help-wish', '给孩子买一个新书包');
      setInput(el, '#help-valueYuan', '200');
      $<HTMLInputElement>(el, '#help-consent')!.click();
      await el.updateComplete;
      await send(el);
      await waitUntil(() => el.view === 'submitted', 'not sent');
      // A second mount now that the worker has a request: still just "ready".
      const again = await mount(client);
      expect(again.state).to.equal('ready');
      expect(new Set(raw)).to.deep.equal(new Set(['union-ready']));
      for (const e of events.of('union-ready')) expect(e.detail).to.deep.equal({ state: 'ready' });
    } finally {
      events.stop();
      for (const t of types) window.removeEventListener(t, record, true);
    }
  });

  it('keeps a half-filled form over a reload, but not its free text', async () => {
    sessionStorage.clear();
    const client = await helpClient();
    const el = await mount(client);
    await openForm(el, 'micro_wish');
    await choose(el, '#help-category', 'health');
    setInput(el, '#help-wish', '给母亲买一台血压计');
    setInput(el, '#help-valueYuan', '300');
    await el.updateComplete;
    el.remove();
    const stored = Object.values({ ...sessionStorage }).join(' ');
    expect(stored).to.contain('health');
    expect(stored, 'the wish itself stays off the platform page’s storage').to.not.contain('血压计');
    const back = await mount(client);
    await openForm(back, 'micro_wish');
    expect($<HTMLSelectElement>(back, '#help-category')!.value).to.equal('health');
    expect($<HTMLInputElement>(back, '#help-valueYuan')!.value).to.equal('300');
    expect($<HTMLTextAreaElement>(back, '#help-wish')!.value).to.equal('');
    sessionStorage.clear();
  });

  it('speaks English: the types, the hotlines and the form', async () => {
    const el = await mount(await helpClient(), (w) => (w.locale = 'en'));
    await waitUntil(() => text(el).includes('Micro-wish'), 'no English');
    expect(text(el)).to.contain('12351 workers’ hotline');
    await openForm(el, 'micro_wish');
    await waitFor(() => text(el).includes('My wish'), 'the form speaks English');
    await expect(el).to.be.accessible();
  });
});
