/** English strings of “我的投递” in the job-listings widget, loaded on demand (see ./mine-strings.ts). */
import type { MineStrings } from './mine-strings.js';

export const en: MineStrings = {
  mineHeading: 'My applications',
  mineEmpty: 'You have not applied for any job yet.',
  appliedOn: (date) => `Applied ${date}`,
  withdraw: 'Withdraw application',
  withdrawConfirmHeading: 'Withdraw this application?',
  withdrawConfirmBody: (title) => `The employer will stop handling your application for “${title}”. You can apply again later if you wish.`,
  withdrawConfirm: 'Withdraw',
  keep: 'Keep it',
  unknownPosting: 'Job details not available',
};
