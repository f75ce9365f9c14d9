import type { HostedStrings } from './strings.js';

export const en: HostedStrings = {
  title: 'Shanghai Trade Union services',
  noToken: 'The link carries no session token. Please open it again from your work app.',
  unknownWidget: 'The link names a service that does not exist. Please open it again from your work app.',
  parentRefused:
    'The app showing this page could not be confirmed, so to protect your information this page does not show inside it. Open it in the system browser, or call the 12351 union hotline.',
  sessionFailed: 'Your session could not be confirmed (it may have expired). Please open this page again from your work app.',
  tokenUnavailable: 'Your session has expired and could not be renewed. Please open this page again from your work app; what you typed is still here.',
  close: 'Close',
};
