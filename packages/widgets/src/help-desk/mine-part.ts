/**
 * The part of `<union-help-desk>` behind "我的求助", loaded on demand (ahead of need once the first
 * view shows): the list, a request's timeline and messages, the reply and the withdraw. Its state
 * (`MineState`) is made here the first time and then held by the element.
 */
import type { HelpRequest } from '@unionkit/sdk/types';
import type { TemplateResult } from 'lit';
import type { WidgetHost } from '../internal/controllers/host.js';
import type { LoadTask } from '../internal/controllers/load.js';
import type { Formatter } from '../internal/format.js';
import type { LocalStrings } from '../internal/localize/local.js';
import type { Translation } from '../internal/localize/translation.js';
import { timelineLayer } from '../internal/views/timeline.js';
import { MineState } from './mine-state.js';
import { helpMineStrings } from './mine-strings.js';
import { renderMineView } from './mine-view.js';
import { adoptOnce } from '../internal/styles/adopt.js';
import type { HelpDeskStrings } from './strings.js';

export function createMine(host: WidgetHost, reload: () => Promise<void>): MineState {
  adoptOnce(host.element, timelineLayer);
  return new MineState(host, reload);
}

export interface MinePartContext {
  s: HelpDeskStrings;
  t: Translation;
  fmt: Formatter;
  strings: <T>(table: LocalStrings<T>) => T;
  mine: MineState;
  requests: LoadTask<HelpRequest[]>;
  hosted: boolean;
  openConfidential: (() => void) | undefined;
}

export function renderMine(c: MinePartContext): TemplateResult {
  const ms = c.strings(helpMineStrings);
  const { mine } = c;
  const focus = async (selector: string) => {
    await mine.host.updateComplete;
    mine.host.element.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  };
  return renderMineView({
    ...c,
    ms,
    open: (r) => {
      void mine.open(r);
      void mine.host.focusHeading();
    },
    back: () => {
      const id = mine.current?.id;
      mine.close();
      void focus(`[data-request-id="${id}"] .item-link`);
    },
    send: () =>
      void mine.send(ms.replyRequired).then((sent) => {
        if (sent) mine.host.announce(ms.replySent);
        return focus(sent ? '.messages > li:last-child' : '#help-reply');
      }),
    withdraw: () =>
      void mine.withdraw().then((done) => {
        if (done) mine.host.announce(ms.withdrawn);
        return mine.host.focusHeading();
      }),
  });
}
