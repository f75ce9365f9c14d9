/**
 * The words of `<union-help-desk>`'s forms, booking and "sent" view (zh-CN first), shipped with the
 * form's part (./form-part.ts) rather than with the first view.
 */
import type { CertificateLevel, ContactPreference, HelpCounterparty, HelpTopic, MicroWishCategory } from '@unionkit/sdk/types';
import { localStrings } from '../internal/localize/local.js';

export interface HelpFormStrings {
  formIntro: string;
  choose: string;
  required: string;
  topic: string;
  topics: Record<HelpTopic, string>;
  counterparty: string;
  counterparties: Record<HelpCounterparty, string>;
  description: string;
  descriptionHint: string;
  suggestionHint: string;
  contact: string;
  contacts: Record<ContactPreference, string>;
  anonymous: string;
  anonymousHint: string;
  certName: string;
  certNameHint: string;
  certLevel: string;
  levels: Record<CertificateLevel, string>;
  /** The subsidy of the chosen level, e.g. "补贴金额 ¥1,000". */
  subsidy: (amount: string) => string;
  subsidyNote: string;
  certNumber: string;
  certNumberInvalid: string;
  certIssuedOn: string;
  dateInvalid: string;
  dateFuture: string;
  dateTooOld: string;
  scan: string;
  scanNeeded: string;
  filesPending: string;
  evidence: string;
  evidenceHint: string;
  category: string;
  categories: Record<MicroWishCategory, string>;
  wish: string;
  wishHint: string;
  value: string;
  valueHint: string;
  valueInvalid: string;
  valueTooBig: string;
  consentHeading: string;
  consentLabel: string;
  consentExplain: string;
  consentNeeded: string;
  fixFields: (n: number) => string;
  send: string;
  sending: string;
  // booking
  bookHeading: string;
  bookIntro: string;
  useLocation: string;
  locating: string;
  locationDenied: string;
  noPoints: string;
  nearest: string;
  distance: (d: string) => string;
  changeBooking: string;
  appointmentNeeded: string;
  // sent
  sentHeading: string;
  referenceLabel: string;
  /** How to quote the reference on the phone. */
  howToQuote: (reference: string) => string;
  /** The reference as it is read out, character by character. */
  readAloud: (spelled: string) => string;
  subsidyAmount: (amount: string) => string;
  openMine: string;
  newRequest: string;
}

export const helpFormStrings = localStrings<HelpFormStrings>(
  'helpDeskForm',
  {
    choose: '请选择',
    formIntro: '带 * 的为必填项。填写的内容直接发送给工会。',
    required: '请填写此项',
    topic: '问题类型',
    topics: {
      wage_arrears: '拖欠工资、报酬',
      work_injury: '工伤、职业伤害',
      account_deactivation: '封号、停止派单',
      penalties_and_ratings: '罚款、扣分与评价',
      employment_status: '劳动关系认定',
      social_insurance: '社会保险',
      traffic_accident: '交通事故',
      other: '其他',
    },
    counterparty: '对方是',
    counterparties: { platform: '平台企业', agency: '合作用工企业（站点、代理商）', customer: '顾客、商家', other: '其他' },
    description: '情况说明',
    descriptionHint: '发生了什么、什么时间、涉及金额等，写清楚便于工会尽快跟进。',
    suggestionHint: '您的意见和建议，工会将认真研究。',
    contact: '希望怎样联系您',
    contacts: { phone_call: '电话联系', in_person: '到站当面咨询（预约时段）' },
    anonymous: '匿名提交',
    anonymousHint: '匿名时工会看不到提交人，也无法回复您。',
    certName: '证书名称（职业、工种）',
    certNameHint: '如：网约配送员、中式烹调师',
    certLevel: '证书等级',
    levels: {
      level_5: '五级（初级工）',
      level_4: '四级（中级工）',
      level_3: '三级（高级工）',
      level_2: '二级（技师）',
      level_1: '一级（高级技师）',
    },
    subsidy: (amount) => `补贴金额 ${amount}`,
    subsidyNote: '沙箱示例金额，以工会公布的标准为准。',
    certNumber: '证书编号',
    certNumberInvalid: '请填写证书上的编号（字母、数字，4–40 位）',
    certIssuedOn: '发证日期',
    dateInvalid: '请选择日期',
    dateFuture: '发证日期不能晚于今天',
    dateTooOld: '只补贴 12 个月内取得的证书',
    scan: '证书照片或扫描件',
    scanNeeded: '请上传证书照片或扫描件',
    filesPending: '文件还在上传，请等上传完成再提交',
    evidence: '证据材料（选填）',
    evidenceHint: '聊天截图、工资记录、处罚通知等。照片会在手机上压缩，并去除拍摄位置。',
    category: '心愿类别',
    categories: { daily_necessities: '生活用品', child_education: '子女教育', health: '健康', family_reunion: '家庭团聚', other: '其他' },
    wish: '我的心愿',
    wishHint: '如：给孩子买一个新书包',
    value: '心愿价值（元）',
    valueHint: '不超过 500 元',
    valueInvalid: '请填写金额，如 200 或 199.5',
    valueTooBig: '心愿价值不能超过 500 元',
    consentHeading: '个人信息处理同意',
    consentLabel: '我同意工会为办理本次求助处理我填写的信息',
    consentExplain: '此项单独同意，不勾选也不影响您使用其他服务；不同意则无法提交本次求助。',
    consentNeeded: '请先阅读并勾选同意，才能提交',
    fixFields: (n) => `有 ${n} 处需要修改，请查看标出的项目`,
    send: '提交给工会',
    sending: '正在提交…',
    bookHeading: '预约到站时间',
    bookIntro: '在离您最近、正在开放的法律援助站或调解室预约一个时段。',
    useLocation: '使用我的位置查找最近的站点',
    locating: '正在获取位置…',
    locationDenied: '无法获取位置，已按全市列出站点。',
    noPoints: '暂时没有可预约的站点，请拨打 12348 或 12351。',
    nearest: '最近',
    distance: (d) => `距您 ${d}`,
    changeBooking: '换个时段',
    appointmentNeeded: '当面咨询需要先预约时段',
    sentHeading: '已提交，工会会尽快与您联系',
    referenceLabel: '受理编号',
    howToQuote: (reference) => `拨打 12351 查询进度时，请报出受理编号 ${reference}。编号里没有数字 0 和 1，也没有字母 O 和 I。`,
    readAloud: (spelled) => `逐个读出：${spelled}`,
    subsidyAmount: (amount) => `按证书等级，补贴金额为 ${amount}（沙箱示例）。`,
    openMine: '查看我的求助',
    newRequest: '返回我要求助',
  },
  () => import('./form-strings.en.js'),
);
