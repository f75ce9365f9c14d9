/**
 * What `<union-insurance-enrol>` alone says, in every locale. Shared words (retry, cancel, loading),
 * enum labels (benefit kinds, payers, enrolment statuses, eligibility reasons) and error messages come
 * from the central table (`this.t.common`, `this.t.enums`, `this.t.errors`).
 */
import { localStrings } from '../internal/localize/local.js';
import type { WidgetEnums } from '../internal/localize/translation.js';

export interface InsuranceEnrolStrings {
  /** Labels of the contract's enums that only this widget shows. */
  enums: Pick<WidgetEnums, 'eligibilityReason' | 'benefitKind' | 'premiumPayer' | 'enrolmentStatus'> & {
    /** Only the consent this widget asks for itself (the others are the forms' own words). */
    consentPurpose: Pick<WidgetEnums['consentPurpose'], 'share_status_with_platform'>;
  };
  title: string;
  intro: string;
  /** Accessible name of the view switch. */
  views: string;
  plansTab: string;
  myEnrolmentsTab: string;
  plansHeading: string;
  noPlans: string;
  benefits: string;
  /** "意外伤害：最高 ¥20,000". */
  benefitLine: (kind: string, amount: string) => string;
  /** Accessible name of a per-item button: "取消参保：<plan>". */
  actionFor: (action: string, plan: string) => string;
  /** A benefit's maximum. */
  upTo: (amount: string) => string;
  /** `inpatient_day`: an amount per day. */
  perDay: (amount: string) => string;
  premium: string;
  premiumPerYear: (amount: string) => string;
  whoPays: string;
  youPay: string;
  free: string;
  term: string;
  dateRange: (from: string, to: string) => string;
  enrolmentWindow: string;
  /** The plan's age limits, shown on its card before any tap. */
  ageLimits: string;
  /** "16 至 59 周岁" from `minAge` (inclusive) and `maxAgeExclusive`; either may be absent. */
  ageRange: (minAge: number | undefined, maxAgeExclusive: number | undefined) => string;
  eligible: string;
  notEligible: string;
  /** The card's one status when the worker is already in the plan. */
  enrolled: string;
  /** The card's one status when enrolment is not open: when it opens, or when it closed. */
  opensOn: (opens: string, closes: string) => string;
  closedOn: (closes: string) => string;
  /** A plan with age limits whose worker's age is not known yet: the date of birth is asked at enrolment. */
  birthDateAsked: (range: string) => string;
  /** Plain-word explanations of each reason; some take the plan's rule. */
  reasonAgeOutOfRange: (range: string) => string;
  reasonBirthDate: (range: string) => string;
  reasonOccupation: string;
  reasonActivity: (minOrders: number) => string;
  reasonNotMember: string;
  reasonAlreadyEnrolled: string;
  viewMyEnrolments: string;
  enrolOneClick: (plan: string) => string;
  enrolOneClickShort: string;
  confirmHeading: string;
  birthDate: string;
  back: string;
  doneHeadingActive: string;
  doneHeadingPending: string;
  /** The status of an active enrolment whose cover starts later. */
  startsOn: (date: string) => string;
  status: string;
  backToPlans: string;
  myEnrolmentsHeading: string;
  noEnrolments: string;
  certificateHeading: string;
  noCertificateYet: string;
  cancel: string;
  cancelled: (plan: string) => string;
  backToEnrolments: string;
  enrolledAnnounce: (plan: string, status: string) => string;
  unknownPlan: string;
  reasonsLabel: (plan: string) => string;
  /** 申请互助金 on an enrolment. */
  claim: string;
  myClaimsTab: string;
}

export const insuranceStrings = localStrings<InsuranceEnrolStrings>(
  'insurance',
  {
    title: '职工互助保障',
    intro: '工会会员可在线参加职工互助保障；符合条件的，一键参保。',
    views: '互助保障页面切换',
    plansTab: '保障计划',
    myEnrolmentsTab: '我的保障',
    plansHeading: '可参加的保障计划',
    noPlans: '目前没有可参加的保障计划。',
    benefits: '保障内容',
    benefitLine: (kind, amount) => `${kind}：${amount}`,
    actionFor: (action, plan) => `${action}：${plan}`,
    upTo: (amount) => `最高 ${amount}`,
    perDay: (amount) => `每天 ${amount}`,
    premium: '互助金',
    premiumPerYear: (amount) => `${amount}/年`,
    whoPays: '由谁缴纳',
    youPay: '个人缴纳',
    free: '免费',
    term: '保障期',
    dateRange: (from, to) => `${from} 至 ${to}`,
    enrolmentWindow: '参保时间',
    ageLimits: '年龄要求',
    ageRange: (min, max) =>
      min !== undefined && max !== undefined
        ? `${min} 至 ${max - 1} 周岁`
        : max !== undefined
          ? `未满 ${max} 周岁`
          : min !== undefined
            ? `${min} 周岁及以上`
            : '不限',
    eligible: '您符合参保条件',
    notEligible: '暂不符合参保条件',
    enrolled: '您已参加本计划',
    opensOn: (opens, closes) => `本期参保将于 ${opens} 开始，${closes} 截止。`,
    closedOn: (closes) => `本期参保已于 ${closes} 截止。`,
    birthDateAsked: (range) => `本计划限 ${range}参加。参保时请填写出生日期，用于核对年龄。`,
    reasonAgeOutOfRange: (range) => `本计划限 ${range}参加（以保障开始日计），您不在这个年龄范围内。`,
    reasonBirthDate: (range) => `本计划限 ${range}参加，需要先填写出生日期。`,
    reasonOccupation: '本计划不覆盖您入会时登记的职业，可以看看其他保障计划。',
    reasonActivity: (minOrders) => `需要平台确认您近 7 天至少完成 ${minOrders} 单。多跑几单后再来看看。`,
    reasonNotMember: '本计划仅限工会会员参加。先加入工会，再回来一键参保。',
    reasonAlreadyEnrolled: '您已参加本计划，可以在“我的保障”里查看保障凭证。',
    viewMyEnrolments: '查看我的保障',
    enrolOneClick: (plan) => `一键参保：${plan}`,
    enrolOneClickShort: '一键参保',
    confirmHeading: '确认参保',
    birthDate: '出生日期',
    back: '返回',
    doneHeadingActive: '参保成功',
    doneHeadingPending: '参保申请已提交',
    startsOn: (date) => `${date} 起生效`,
    status: '状态',
    backToPlans: '返回保障计划',
    myEnrolmentsHeading: '我的保障',
    noEnrolments: '您还没有参加任何保障计划。',
    certificateHeading: '保障凭证',
    noCertificateYet: '保障生效后出具凭证。',
    cancel: '取消参保',
    cancelled: (plan) => `已取消“${plan}”。`,
    backToEnrolments: '返回我的保障',
    enrolledAnnounce: (plan, status) => `“${plan}”：${status}`,
    unknownPlan: '保障计划',
    reasonsLabel: (plan) => `“${plan}”暂不能参保的原因`,
    claim: '申请互助金',
    myClaimsTab: '我的理赔',
    enums: {
      eligibilityReason: {
        not_a_member: '需先加入工会',
        birth_date_required: '需要填写出生日期',
        age_out_of_range: '年龄不在本计划范围内',
        occupation_not_covered: '您的职业不在本计划范围内',
        activity_not_attested: '平台暂未确认您近期的接单情况',
        already_enrolled: '您已参加本计划',
        enrolment_closed: '本计划不在参保期内',
      },
      benefitKind: {
        accident: '意外伤害',
        inpatient_day: '住院津贴',
        critical_illness: '重大疾病',
        death_disability: '身故及伤残',
      },
      premiumPayer: { self: '个人缴纳', union_subsidy: '工会补贴', platform: '平台承担' },
      enrolmentStatus: {
        pending_review: '审核中',
        awaiting_payment: '待缴费',
        active: '保障中',
        expired: '已到期',
        rejected: '未通过',
        cancelled: '已取消',
        lapsed: '逾期未缴费，已失效',
      },
      consentPurpose: {
        share_status_with_platform: '同意将我的会员和保障状态告知平台（可选）',
      },
    },
  },
  () => import('./strings.en.js'),
);
