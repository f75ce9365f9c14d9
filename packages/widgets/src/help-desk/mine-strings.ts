/** The words of "我的求助" (zh-CN first), shipped with its part (./mine-part.ts). */
import type { HelpRequestStatus } from '@unionkit/sdk/types';
import { localStrings } from '../internal/localize/local.js';

export interface HelpMineStrings {
  heading: string;
  empty: string;
  statuses: Record<HelpRequestStatus, string>;
  /** A status the widget does not know yet. */
  unknownStatus: string;
  status: (label: string) => string;
  reference: (reference: string) => string;
  filedOn: (date: string) => string;
  open: (name: string, reference: string) => string;
  backToList: string;
  timelineHeading: string;
  messagesHeading: string;
  noMessages: string;
  fromWorker: string;
  fromSocialWorker: string;
  reply: string;
  replyHint: string;
  replyRequired: string;
  sendReply: string;
  sendingReply: string;
  replySent: string;
  withdraw: string;
  withdrawQuestion: string;
  withdrawYes: string;
  withdrawing: string;
  keep: string;
  withdrawn: string;
  /** On a platform's page: where the confidential requests are. */
  confidentialElsewhere: string;
  openConfidential: string;
}

export const helpMineStrings = localStrings<HelpMineStrings>(
  'helpDeskMine',
  {
    heading: '我的求助',
    empty: '您还没有提交过求助。',
    statuses: {
      submitted: '已提交',
      accepted: '已受理',
      in_progress: '办理中',
      more_info_needed: '需要补充材料',
      resolved: '已办结',
      declined: '不予受理',
      withdrawn: '已撤回',
      adopted: '已认领',
      fulfilled: '已实现',
    },
    unknownStatus: '处理中',
    status: (label) => `状态：${label}`,
    reference: (reference) => `受理编号 ${reference}`,
    filedOn: (date) => `${date} 提交`,
    open: (name, reference) => `查看 ${name}（${reference}）`,
    backToList: '返回我的求助',
    timelineHeading: '办理进度',
    messagesHeading: '与工会社工的沟通',
    noMessages: '暂无消息。工会社工回复后会显示在这里。',
    fromWorker: '我',
    fromSocialWorker: '工会社工',
    reply: '回复工会社工',
    replyHint: '补充情况或回答社工的问题，最多 2000 字。',
    replyRequired: '请先填写回复内容',
    sendReply: '发送回复',
    sendingReply: '正在发送…',
    replySent: '回复已发送',
    withdraw: '撤回求助',
    withdrawQuestion: '确定撤回这条求助吗？撤回后工会将不再办理。',
    withdrawYes: '确定撤回',
    withdrawing: '正在撤回…',
    keep: '不撤回',
    withdrawn: '已撤回',
    confidentialElsewhere: '法律咨询、法律援助、调解和投诉属于保密事项，只在工会页面中显示，平台看不到。',
    openConfidential: '在工会页面查看保密事项',
  },
  () => import('./mine-strings.en.js'),
);
