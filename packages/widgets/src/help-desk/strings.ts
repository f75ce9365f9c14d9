/** `<union-help-desk>`'s own words for what it shows up front (home, "my requests" way in), zh-CN first. */
import { localStrings } from '../internal/localize/local.js';
import type { HelpRequestType } from './types.js';

export interface HelpDeskStrings {
  title: string;
  intro: string;
  typesHeading: string;
  /** Each type's name and one line on what it is for. */
  types: Record<HelpRequestType, { name: string; explain: string }>;
  /** The label on a confidential type: its form opens on the union's page. */
  confidentialBadge: string;
  hotlinesHeading: string;
  hotlineWorkers: string;
  hotlineWorkersNote: string;
  hotlineLegal: string;
  hotlineLegalNote: string;
  mineHeading: string;
  mineOpen: string;
  /** How many of the worker's requests are still being handled. */
  mineCount: (open: number) => string;
  mineNone: string;
  backHome: string;
}

export const helpDeskStrings = localStrings<HelpDeskStrings>(
  'helpDesk',
  {
    title: '我要求助',
    intro: '遇到困难，工会帮您。选择要办的事项，填写后直接发送给工会，由工会社工跟进。',
    typesHeading: '您要办理什么？',
    types: {
      legal_consultation: { name: '法律咨询', explain: '工资、工伤、封号、处罚等问题，请工会律师解答。' },
      legal_aid: { name: '法律援助申请', explain: '需要打官司或仲裁，申请工会法律援助。' },
      mediation: { name: '劳动争议调解', explain: '与平台、合作企业有纠纷，请调解工作室居中调解。' },
      complaint: { name: '维权投诉', explain: '权益受到侵害，向工会投诉，工会帮您维权。' },
      suggestion: { name: '建言献策', explain: '对政策和服务提意见建议，可以匿名。' },
      skill_subsidy: { name: '取证补贴', explain: '取得职业技能等级证书，申请学习补贴。' },
      micro_wish: { name: '微心愿', explain: '说出您和家人的小心愿（500 元以内），爱心力量帮您实现。' },
    },
    confidentialBadge: '保密：在工会页面填写，平台看不到',
    hotlinesHeading: '电话求助',
    hotlineWorkers: '12351 职工服务热线',
    hotlineWorkersNote: '含 24 小时心理咨询',
    hotlineLegal: '12348 法律服务热线',
    hotlineLegalNote: '公共法律服务',
    mineHeading: '我的求助',
    mineOpen: '查看我的求助',
    mineCount: (open) => (open ? `${open} 件正在办理` : '没有正在办理的事项'),
    mineNone: '您还没有提交过求助。',
    backHome: '返回我要求助',
  },
  () => import('./strings.en.js'),
);
