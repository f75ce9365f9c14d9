/** The hosted page's own words (the widget it shows has its own), zh-CN first. */
import type { BaseLocale } from '../internal/localize/translation.js';

export interface HostedStrings {
  title: string;
  noToken: string;
  unknownWidget: string;
  parentRefused: string;
  sessionFailed: string;
  tokenUnavailable: string;
  close: string;
}

export const HOSTED_STRINGS: Record<BaseLocale, HostedStrings> = {
  'zh-CN': {
    title: '上海工会服务',
    noToken: '链接中没有会话令牌，请从工作 App 中重新打开。',
    unknownWidget: '链接所指的服务不存在，请从工作 App 中重新打开。',
    parentRefused: '无法确认嵌入本页的应用，为保护您的信息，本页不会在其中显示。请在系统浏览器中打开，或拨打 12351 职工服务热线。',
    sessionFailed: '无法确认您的会话（可能已过期），请从工作 App 中重新打开。',
    tokenUnavailable: '会话已过期且无法续期，请从工作 App 中重新打开。您填写的内容仍保留在本页。',
    close: '关闭',
  },
  en: {
    title: 'Shanghai Trade Union services',
    noToken: 'The link carries no session token. Please open it again from your work app.',
    unknownWidget: 'The link names a service that does not exist. Please open it again from your work app.',
    parentRefused:
      'The app showing this page could not be confirmed, so to protect your information this page does not show inside it. Open it in the system browser, or call the 12351 union hotline.',
    sessionFailed: 'Your session could not be confirmed (it may have expired). Please open this page again from your work app.',
    tokenUnavailable: 'Your session has expired and could not be renewed. Please open this page again from your work app; what you typed is still here.',
    close: 'Close',
  },
};
