/**
 * What “我的投递” of `<union-job-listings>` says, in zh-CN (default) and en: it comes with its part
 * (`./mine-part.ts`), in its own chunk. The widget's other words are `./strings.ts`.
 */
import { localStrings } from '../internal/localize/local.js';

export interface MineStrings {
  mineHeading: string;
  mineEmpty: string;
  appliedOn: (date: string) => string;
  withdraw: string;
  withdrawConfirmHeading: string;
  withdrawConfirmBody: (title: string) => string;
  withdrawConfirm: string;
  keep: string;
  unknownPosting: string;
}

export const mineStrings = localStrings<MineStrings>(
  'jobsMine',
  {
    mineHeading: '我的投递',
    mineEmpty: '您还没有投递过岗位。',
    appliedOn: (date) => `${date} 投递`,
    withdraw: '撤回投递',
    withdrawConfirmHeading: '确认撤回投递？',
    withdrawConfirmBody: (title) => `撤回后，用人单位将不再处理您对“${title}”的投递。如有需要，可以重新投递。`,
    withdrawConfirm: '确认撤回',
    keep: '暂不撤回',
    unknownPosting: '岗位信息暂不可查看',
  },
  () => import('./mine-strings.en.js'),
);
