/**
 * What `<union-membership-join>` itself says — the member card and the open application — in zh-CN
 * (default) and en; the join flow's words come with the flow (`flow-strings.ts`). Shared words (back,
 * next, retry…), enum labels (occupations, districts, statuses) and error messages come from the
 * central table (`this.t.common`, `this.t.enums`, `this.t.errors`); these are the widget's own.
 */
import { localStrings } from '../internal/localize/local.js';
import type { WidgetEnums } from '../internal/localize/translation.js';

export interface MembershipJoinStrings {
  /** Words of the member card and application record. */
  record: {
    memberNumber: string;
    memberSince: string;
    organisation: string;
    contactPromise: (dueDate: string) => string;
    occupation: string;
    workDistrict: string;
  };
  /** Labels of the contract's enums that only this widget shows. */
  enums: Pick<WidgetEnums, 'membershipStatus' | 'membershipApplicationStatus'>;
  title: string;
  applicationNumber: string;
  submittedOn: string;
  statusLabel: string;
  statusHeading: string;
  needsInfo: string;
  decisionNote: string;
  withdraw: string;
  withdrawQuestion: string;
  withdrawYes: string;
  withdrawNo: string;
  withdrawn: string;
  cardHeading: string;
  cardPrivate: string;
  memberStatus: string;
  rejoin: string;
}

export const membershipJoinStrings = localStrings<MembershipJoinStrings>(
  'membership',
  {
    title: '加入工会',
    applicationNumber: '申请编号',
    submittedOn: '提交时间',
    statusLabel: '办理状态',
    statusHeading: '您的入会申请正在办理',
    needsInfo: '工会需要您补充材料，请留意工会的联系，或拨打 12351 咨询。',
    decisionNote: '工会留言',
    withdraw: '撤回入会申请',
    withdrawQuestion: '确定要撤回入会申请吗？撤回后可以重新申请。',
    withdrawYes: '确定撤回',
    withdrawNo: '暂不撤回',
    withdrawn: '入会申请已撤回',
    cardHeading: '工会会员卡',
    cardPrivate: '会员卡仅供您本人查看。',
    memberStatus: '会员状态',
    rejoin: '重新申请入会',
    record: {
      memberNumber: '会员编号',
      memberSince: '入会日期',
      organisation: '所属工会',
      contactPromise: (dueDate) => `工会将在 15 个工作日内（${dueDate} 前）与您联系。`,
      occupation: '职业',
      workDistrict: '工作所在区',
    },
    enums: {
      membershipStatus: { active: '正常', transfer_pending: '转会中', lapsed: '已失效', left: '已退会' },
      membershipApplicationStatus: {
        submitted: '已提交',
        under_review: '审核中',
        approved: '已通过',
        rejected: '未通过',
        needs_info: '需补充材料',
        withdrawn: '已撤回',
      },
    },
  },
  () => import('./strings.en.js'),
);
