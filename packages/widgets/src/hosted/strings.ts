/**
 * The hosted page's own words (the widget it shows has its own), zh-CN first: the en table is a chunk
 * of its own, and zh-TW and zh-HK are generated from this one (`npm run generate:l10n -w
 * @unionkit/widgets`) and loaded by the table's id only when the page speaks them. `hostedWords` waits
 * for the page's table, since the page says nothing before it.
 */
import { localStrings, pickStrings, type LocalStrings } from '../internal/localize/local.js';
import type { UnionLocale } from '../internal/localize/translation.js';

export interface HostedStrings {
  title: string;
  noToken: string;
  unknownWidget: string;
  parentRefused: string;
  sessionFailed: string;
  tokenUnavailable: string;
  close: string;
}

export const hostedStrings = localStrings<HostedStrings>(
  'hosted',
  {
    title: '上海工会服务',
    noToken: '链接中没有会话令牌，请从工作 App 中重新打开。',
    unknownWidget: '链接所指的服务不存在，请从工作 App 中重新打开。',
    parentRefused: '无法确认嵌入本页的应用，为保护您的信息，本页不会在其中显示。请在系统浏览器中打开，或拨打 12351 职工服务热线。',
    sessionFailed: '无法确认您的会话（可能已过期），请从工作 App 中重新打开。',
    tokenUnavailable: '会话已过期且无法续期，请从工作 App 中重新打开。您填写的内容仍保留在本页。',
    close: '关闭',
  },
  () => import('./strings.en.js'),
);

/** A table of the hosted page in `locale`, once loaded (zh-CN, the nearest, when it cannot load). */
export async function hostedWords<T>(table: LocalStrings<T>, locale: UnionLocale): Promise<T> {
  pickStrings(table, locale, () => undefined);
  await table.pending[locale]?.catch(() => undefined);
  return pickStrings(table, locale, () => undefined);
}
