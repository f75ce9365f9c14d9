// back() on the widgets and `union-view-changed { canGoBack }`: what an app's back button or swipe (and
// any host) relies on — a detail steps back to its list, a form step to the one before, and at the
// widget's root back() says false so the app can close the webview.
import { expect } from '@open-wc/testing';
import type { UnionElement } from './base.js';
import { mountWidget, settled } from './testing/common-suite.js';
import { $, clickText, headingOf, waitFor, waitUntil } from './testing/dom.js';
import { createTestClient } from './testing/session.js';
import { openEvent, session as eventSession, TAG as EVENTS } from './testing/event-signup.js';
import { atStep, mount as mountJoin } from './testing/membership-join.js';
import { session as mapSession, XUHUI } from './testing/service-map.js';
import type { UnionServiceMap } from '../service-map/service-map.js';
import '../define/service-map.js';

type Backable = UnionElement & { back(): boolean };

/** Every `union-view-changed` the element dispatches, as a host hears it (bubbling, composed, on document). */
function viewChanges(): { got: boolean[]; stop: () => void } {
  const got: boolean[] = [];
  const listener = (e: Event) => {
    expect(e.bubbles && e.composed, 'bubbles and is composed').to.equal(true);
    got.push((e as CustomEvent<{ canGoBack: boolean }>).detail.canGoBack);
  };
  document.addEventListener('union-view-changed', listener);
  return { got, stop: () => document.removeEventListener('union-view-changed', listener) };
}

describe('back() and union-view-changed', function () {
  this.timeout(30000);

  it('event sign-up: the detail steps back to the list; at the list back() is false', async () => {
    const changes = viewChanges();
    try {
      const el = (await mountWidget(EVENTS, await createTestClient({ session: eventSession() }))) as Backable;
      await settled(el);
      expect(el.back(), 'at the list').to.equal(false);
      await openEvent(el, 'legal', 'evt_open');
      await el.updateComplete;
      expect(changes.got).to.deep.equal([true]);
      expect(el.back()).to.equal(true);
      await waitUntil(() => $(el, '[part~="detail"]') === null, 'the detail stays');
      await el.updateComplete;
      expect(changes.got).to.deep.equal([true, false]);
      expect(el.back()).to.equal(false);
    } finally {
      changes.stop();
    }
  });

  it('membership join: a form step steps back to the one before, down to the first', async () => {
    const changes = viewChanges();
    try {
      const el = (await mountJoin(await createTestClient({ session: { components: ['membership'] } }))) as unknown as Backable;
      await settled(el);
      await atStep(el, 1);
      expect(el.back(), 'at the first step').to.equal(false);
      await clickText(el, '开始申请入会');
      await atStep(el, 2);
      expect(changes.got).to.deep.equal([true]);
      expect(el.back()).to.equal(true);
      await atStep(el, 1);
      expect(changes.got).to.deep.equal([true, false]);
      expect(el.back()).to.equal(false);
    } finally {
      changes.stop();
    }
  });

  it('service map: a service point’s detail steps back to the list', async () => {
    const changes = viewChanges();
    try {
      const el = (await mountWidget('union-service-map', await createTestClient({ session: mapSession() }), (w) => void ((w as UnionServiceMap).position = XUHUI))) as Backable;
      await settled(el);
      (await waitFor(() => $<HTMLElement>(el, '.item-link'))).click();
      await waitFor(() => $(el, '[part~="detail"]'));
      await el.updateComplete;
      expect(changes.got).to.deep.equal([true]);
      const detailHeading = headingOf(el);
      expect(el.back()).to.equal(true);
      await waitUntil(() => headingOf(el) !== detailHeading, 'the detail stays');
      await el.updateComplete;
      expect(changes.got).to.deep.equal([true, false]);
      expect(el.back()).to.equal(false);
    } finally {
      changes.stop();
    }
  });
});
