/**
 * What `<union-membership-join>`'s join flow says, in zh-CN (default) and en: it comes with the flow, in
 * its own chunk. Shared words (back, next, retry…), enum labels (occupations, districts) and error
 * messages come from the central table (`t.common`, `t.enums`, `t.errors`); the card's and status's
 * words are `./strings.ts`.
 */
import type { SmsStrings } from '../internal/controllers/sms-verification.js';
import { localStrings } from '../internal/localize/local.js';
import type { SmsViewStrings } from '../internal/views/sms-code.js';
import type { ResidentIdProblem } from '@unionkit/sdk/validators';

export interface MembershipBenefit {
  title: string;
  text: string;
}

export interface ConsentText {
  label: string;
  notice: string;
}

export interface JoinFlowStrings extends SmsStrings, SmsViewStrings {
  intro: string;
  /** Accessible name of the step progress bar region. */
  steps: {
    benefits: string;
    personal: string;
    organisation: string;
    consents: string;
    review: string;
  };
  benefitsLead: string;
  benefits: MembershipBenefit[];
  start: string;
  privacyNote: string;
  draftRestored: string;
  fullName: string;
  fullNameHint: string;
  fullNameRequired: string;
  /** A character a name cannot have (digits, symbols, emoji); says which. */
  fullNameCharacter: (character: string) => string;
  /** A middle dot at the start or end, or two in a row. */
  fullNameDot: string;
  fullNameTooShort: (min: number) => string;
  /** Over the limit: never cut silently, the worker is told by how much. */
  fullNameTooLong: (max: number, length: number) => string;
  residentId: string;
  residentIdHint: string;
  residentIdRequired: string;
  residentIdProblem: Record<ResidentIdProblem, string>;
  residentIdTooYoung: string;
  residentIdDerived: (birthDate: string, sex: string) => string;
  sex: { male: string; female: string };
  editResidentId: string;
  // The mobile and SMS-code words are the shared proof's (SmsStrings, SmsViewStrings).
  mobileNeedsVerification: string;
  choose: string;
  occupationRequired: string;
  districtRequired: string;
  fixErrors: string;
  organisationLegend: string;
  organisationIntro: (district: string) => string;
  suggested: string;
  organisationRequired: string;
  organisationNone: string;
  organisationMissingDistrict: string;
  organisationSearch: string;
  organisationSearchHint: string;
  organisationCount: (shown: number, total: number) => string;
  organisationNoMatch: string;
  consentsIntro: string;
  consents: {
    membership_processing: ConsentText;
    sensitive_id_number: ConsentText;
    share_status_with_platform: ConsentText;
  };
  charter: ConsentText;
  consentNeeded: string;
  charterNeeded: string;
  reviewIntro: string;
  reviewPersonal: string;
  reviewOrganisation: string;
  reviewConsents: string;
  birthDate: string;
  sexLabel: string;
  agreed: string;
  declined: string;
  editSection: (section: string) => string;
  submitApplication: string;
  submittedHeading: string;
  whatNext: string;
  reloaded: string;
}

export const joinFlowStrings = localStrings<JoinFlowStrings>(
  'membershipFlow',
  {
    intro: '外卖骑手、网约车司机、快递员、货车司机、家政服务员、网络主播等新就业形态劳动者，都可以在线申请加入工会。',
    steps: {
      benefits: '入会能得到什么',
      personal: '填写个人信息',
      organisation: '选择基层工会',
      consents: '阅读并同意',
      review: '确认信息',
    },
    benefitsLead: '成为工会会员后，您可以：',
    benefits: [
      { title: '法律服务', text: '免费法律咨询、劳动争议调解和工会法律援助。' },
      { title: '互助保障', text: '参加职工互助保障，意外、住院、重大疾病有保障，符合条件的一键参保。' },
      { title: '爱心接力站', text: '户外职工爱心接力站、司机之家：歇脚、喝水、充电、热饭、如厕。' },
      { title: '职工餐', text: '职工食堂、社区食堂的错峰优惠套餐。' },
      { title: '文体活动', text: '歌手大赛、读书分享会、健身嘉年华、小哥相亲会、亲子活动。' },
      { title: '技能培训', text: '职业技能培训、技能竞赛和取证补贴，会聘上海岗位信息。' },
    ],
    start: '开始申请入会',
    privacyNote: '您填写的信息直接提交给工会，平台看不到。',
    draftRestored: '已恢复您上次的填写进度。为保护您的隐私，姓名、身份证号码和手机号码不会保存在本机，请重新填写。',
    fullName: '姓名',
    fullNameHint: '与居民身份证上的姓名一致',
    fullNameRequired: '请填写姓名',
    fullNameCharacter: (c) => `姓名中不能有“${c}”。姓名只能由汉字、字母、空格和间隔号“·”组成。`,
    fullNameDot: '间隔号“·”只能用在名字中间，例如“阿依古丽·买买提”。',
    fullNameTooShort: (min) => `姓名至少 ${min} 个字。`,
    fullNameTooLong: (max, n) => `姓名最多 ${max} 个字，现在有 ${n} 个，请删减 ${n - max} 个。`,
    residentId: '居民身份证号码',
    residentIdHint: '18 位，最后一位可能是 X。出生日期和性别会自动识别。',
    residentIdRequired: '请填写居民身份证号码',
    residentIdProblem: {
      format: '请输入 18 位身份证号码，前 17 位是数字，最后一位是数字或 X',
      region: '身份证号码前 6 位（地区码）不正确',
      birth_date: '身份证号码中的出生日期不正确',
      checksum: '身份证号码最后一位（校验位）不对，请逐位核对',
    },
    residentIdTooYoung: '年满 16 周岁才能申请入会',
    residentIdDerived: (birthDate, sex) => `出生日期 ${birthDate}，性别 ${sex}`,
    sex: { male: '男', female: '女' },
    editResidentId: '修改身份证号码',
    mobile: '手机号码',
    mobileHint: '11 位手机号码，用于接收验证码和工会联系您',
    mobileRequired: '请填写手机号码',
    mobileInvalid: '请输入以 1 开头的 11 位手机号码',
    sendCode: '获取验证码',
    resendCode: '重新获取验证码',
    resendIn: (s) => `${s} 秒后可重新获取`,
    codeSent: (m) => `验证码已发送至 ${m}`,
    smsCode: '短信验证码',
    smsCodeHint: '6 位数字',
    smsCodeInvalid: '请输入 6 位数字验证码',
    smsCodeWrong: (n) => `验证码不正确，还可以再试 ${n} 次`,
    confirmCode: '验证',
    mobileVerified: (m) => `手机号码 ${m} 已验证`,
    changeMobile: '更换手机号码',
    mobileNeedsVerification: '请获取短信验证码，完成手机号码验证',
    choose: '请选择',
    occupationRequired: '请选择职业',
    districtRequired: '请选择工作所在区',
    fixErrors: '有几项需要修改，请查看标出的提示。',
    organisationLegend: '基层工会',
    organisationIntro: (d) => `以下是${d}可以接收会员的基层工会。我们为您推荐了一个，您也可以选择其他工会。`,
    suggested: '推荐',
    organisationRequired: '请选择一个基层工会',
    organisationNone: '这个区暂时没有可以在线加入的基层工会，请拨打 12351 咨询。',
    organisationMissingDistrict: '请先在上一步选择工作所在区。',
    organisationSearch: '查找基层工会',
    organisationSearchHint: '输入工会名称或街道、路名',
    organisationCount: (shown, total) => `显示 ${shown} 个，共 ${total} 个基层工会`,
    organisationNoMatch: '没有找到相符的工会，请换个词试试，或清空搜索框查看全部。',
    consentsIntro: '以下每一项都需要您单独勾选。可选项不同意，不影响入会。',
    consents: {
      membership_processing: {
        label: '同意工会为办理入会处理我的个人信息（必选）',
        notice: '工会将使用您的姓名、手机号码、职业和工作所在区办理入会和联系您，不会提供给平台或用人单位。',
      },
      sensitive_id_number: {
        label: '同意工会处理我的居民身份证号码（敏感个人信息，必选）',
        notice: '身份证号码仅用于核实身份和年龄，加密保存，页面上只显示部分号码。',
      },
      share_status_with_platform: {
        label: '同意告诉平台我已是工会会员（可选）',
        notice: '平台只会知道“自某日起是工会会员”，不会知道您的其他信息。不同意也可以正常入会，以后可随时撤回。',
      },
    },
    charter: {
      label: '我已阅读并承认《中国工会章程》，自愿加入工会（必选）',
      notice: '会员享有章程规定的权利，履行会员义务。',
    },
    consentNeeded: '入会需要您勾选此项',
    charterNeeded: '入会需要承认工会章程',
    reviewIntro: '请核对以下信息，确认无误后提交。',
    reviewPersonal: '个人信息',
    reviewOrganisation: '基层工会',
    reviewConsents: '同意事项',
    birthDate: '出生日期',
    sexLabel: '性别',
    agreed: '已同意',
    declined: '未同意',
    editSection: (section) => `修改${section}`,
    submitApplication: '提交入会申请',
    submittedHeading: '入会申请已提交',
    whatNext: '请保持手机畅通。如有疑问，可拨打职工服务热线 12351。',
    reloaded: '已为您更新入会状态。',
  },
  () => import('./flow-strings.en.js'),
);
