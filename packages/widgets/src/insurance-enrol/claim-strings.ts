/**
 * What the claim part of `<union-insurance-enrol>` says (申请互助金, 我的理赔), in every locale. It comes
 * with the claim part (./claim-part.ts); the en table is a chunk of its own.
 */
import type { ClaimBenefit, ClaimStatus } from '@unionkit/contract';
import { localStrings } from '../internal/localize/local.js';

export interface ClaimStrings {
  benefits: Record<ClaimBenefit, string>;
  statuses: Record<ClaimStatus, string>;
  unknownStatus: string;
  formHeading: string;
  formIntro: (plan: string) => string;
  benefit: string;
  choose: string;
  /** Death claims are made by the family in person. */
  deathNote: string;
  incidentDate: string;
  incidentDateHint: (from: string, to: string) => string;
  incidentDateMissing: string;
  incidentDateInvalid: string;
  incidentDateFuture: string;
  incidentDateTooOld: (years: number) => string;
  incidentDateOutsideCover: (from: string, to: string) => string;
  description: string;
  descriptionHint: string;
  descriptionMissing: string;
  descriptionTooLong: (over: number, max: number) => string;
  hospitalDays: string;
  hospitalDaysHint: string;
  hospitalDaysInvalid: string;
  benefitMissing: string;
  benefitNotCovered: string;
  evidence: string;
  evidenceHint: string;
  evidenceMissing: string;
  evidenceBusy: string;
  consentsHeading: string;
  consentClaim: string;
  consentHealth: string;
  consentMissing: string;
  fixErrors: string;
  submit: string;
  submitting: string;
  cancel: string;
  submitted: string;
  heading: string;
  empty: string;
  open: (benefit: string, date: string) => string;
  incidentOn: (date: string) => string;
  filedOn: (date: string) => string;
  status: string;
  timeline: string;
  decisionDue: string;
  approvedAmount: string;
  reason: string;
  moreInfoHeading: string;
  moreInfoHint: string;
  sendDocuments: string;
  sendingDocuments: string;
  documentsSent: string;
  payoutNote: string;
  withdraw: string;
  withdrawQuestion: string;
  withdrawYes: string;
  withdrawn: string;
  backToList: string;
  fileClaim: string;
  claimableHint: string;
}

export const claimStrings = localStrings<ClaimStrings>(
  'insuranceClaim',
  {
    benefits: {
      accident_medical: '意外医疗',
      inpatient: '住院津贴',
      critical_illness: '重大疾病',
      disability: '伤残',
    },
    statuses: {
      submitted: '已提交',
      under_review: '审核中',
      more_info_needed: '需补充材料',
      approved: '已核准',
      paid: '已发放',
      rejected: '未通过',
      withdrawn: '已撤回',
    },
    unknownStatus: '处理中',
    formHeading: '申请互助金',
    formIntro: (plan) => `按“${plan}”申请互助金。材料只发给工会审核，平台看不到。`,
    benefit: '申请项目',
    choose: '请选择',
    deathNote: '身故互助金由家属带相关证明到工会服务站当面申请。',
    incidentDate: '出险日期',
    incidentDateHint: (from, to) => `事故、入院或确诊的日期，须在保障期（${from} 至 ${to}）内，且在两年以内。`,
    incidentDateMissing: '请填写出险日期。',
    incidentDateInvalid: '请填写正确的日期。',
    incidentDateFuture: '出险日期不能晚于今天。',
    incidentDateTooOld: (years) => `只能申请 ${years} 年内发生的事故。`,
    incidentDateOutsideCover: (from, to) => `出险日期不在保障期（${from} 至 ${to}）内。`,
    description: '经过说明',
    descriptionHint: '用自己的话写清楚何时、何地、发生了什么，以及就医情况。',
    descriptionMissing: '请说明事情经过。',
    descriptionTooLong: (over, max) => `最多 ${max} 字，已超出 ${over} 字`,
    hospitalDays: '住院天数',
    hospitalDaysHint: '按出院小结上的天数填写（1 至 365 天）。',
    hospitalDaysInvalid: '请填写 1 至 365 之间的天数。',
    benefitMissing: '请选择申请项目。',
    benefitNotCovered: '本计划不含这个项目，请另选。',
    evidence: '证明材料（发票、病历、诊断证明等） *',
    evidenceHint: '至少一份。',
    evidenceMissing: '请至少上传一份证明材料。',
    evidenceBusy: '请等材料上传完成再提交。',
    consentsHeading: '单独同意',
    consentClaim: '同意工会为审核互助金申请处理我的个人信息',
    consentHealth: '同意工会处理我的健康信息（病历、诊断等敏感个人信息）',
    consentMissing: '审核互助金需要这项同意。',
    fixErrors: '请先改正标出的内容。',
    submit: '提交申请',
    submitting: '正在提交…',
    cancel: '返回',
    submitted: '互助金申请已提交，工会会在答复日期前给出结果。',
    heading: '我的理赔',
    empty: '您还没有申请过互助金。',
    open: (benefit, date) => `查看：${benefit}（出险日期 ${date}）`,
    incidentOn: (date) => `出险日期：${date}`,
    filedOn: (date) => `提交于 ${date}`,
    status: '状态',
    timeline: '办理进度',
    decisionDue: '答复期限',
    approvedAmount: '核准金额',
    reason: '工会说明',
    moreInfoHeading: '补充材料',
    moreInfoHint: '按工会说明补充材料后提交。',
    sendDocuments: '提交补充材料',
    sendingDocuments: '正在提交…',
    documentsSent: '补充材料已提交，工会将继续审核。',
    payoutNote: '互助金发放到您的工会服务卡。',
    withdraw: '撤回申请',
    withdrawQuestion: '确定撤回这份互助金申请吗？撤回后如需申请须重新提交。',
    withdrawYes: '确定撤回',
    withdrawn: '申请已撤回。',
    backToList: '返回我的理赔',
    fileClaim: '申请互助金',
    claimableHint: '在“我的保障”里，对保障中的计划点“申请互助金”。',
  },
  () => import('./claim-strings.en.js'),
);
