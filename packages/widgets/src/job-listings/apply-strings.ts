/**
 * What the application form of `<union-job-listings>` says, in zh-CN (default) and en: it comes with
 * its part (`./apply-part.ts`), in its own chunk. The widget's other words are `./strings.ts`.
 */
import { localStrings } from '../internal/localize/local.js';

export interface ApplyStrings {
  alreadyApplied: string;
  appliedBody: (employer: string) => string;
  applyHeading: (title: string) => string;
  consentExplain: (employer: string) => string;
  consentHeading: string;
  consentLabel: string;
  consentNeeded: string;
  editMessage: string;
  message: string;
  messageHint: string;
  postingExpired: string;
  sendAnyway: string;
  sendApplication: string;
  sending: string;
  sensitiveBody: (what: string) => string;
  sensitiveHeading: string;
  sensitiveKinds: { residentId: string; mobile: string; both: string };
}

export const applyStrings = localStrings<ApplyStrings>(
  'jobsApply',
  {
    alreadyApplied: '您已投递过此岗位，可以在“我的投递”中查看进度。',
    appliedBody: (employer) => `您的投递已发送给“${employer}”。处理进度可在“我的投递”中查看。`,
    applyHeading: (title) => `投递：${title}`,
    consentExplain: (employer) =>
      `勾选后，工会将把您的投递（含留言）发送给“${employer}”。平台不会获知投递内容。不同意不影响您使用其他服务，您也可以随时撤回投递。`,
    consentHeading: '单独同意',
    consentLabel: '同意将我的投递信息发送给该用人单位',
    consentNeeded: '投递需要您单独同意把投递信息发送给用人单位。请勾选上面的同意项后再投递。',
    editMessage: '修改留言',
    message: '给用人单位的留言',
    messageHint: '可简单介绍工作经历或方便面试的时间，不要填写身份证号码等敏感信息。',
    postingExpired: '此岗位已截止招聘，无法再投递。可以看看其他岗位。',
    sendAnyway: '仍然发送',
    sendApplication: '确认投递',
    sending: '正在投递…',
    sensitiveBody: (what) =>
      `您的留言里似乎有${what}。投递后，用人单位会看到它。建议删去后再投递：用人单位可以通过工会与您联系。`,
    sensitiveHeading: '留言里有个人号码，要发给用人单位吗？',
    sensitiveKinds: { residentId: '身份证号码', mobile: '手机号码', both: '身份证号码和手机号码' },
  },
  () => import('./apply-strings.en.js'),
);
