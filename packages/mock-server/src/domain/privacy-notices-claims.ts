/**
 * The notices behind the two separate consents a claim (申请互助金) needs: `claim_processing` and
 * `sensitive_health_data`, in Chinese and English.
 */
import type { Locale } from '@unionkit/contract';

type Notice = Record<Locale, { title: string; paragraphs: readonly string[] }>;

const PROCESSOR_ZH =
  '处理者：上海市总工会职工互助保障部门及您所属的基层工会（地址：上海市黄浦区西藏中路120号）。您填写的内容直接提交给工会，不经过您正在使用的工作 App（平台）。';
const PROCESSOR_EN =
  'Who processes it: the mutual-aid department of the Shanghai Federation of Trade Unions and your grassroots union (120 Middle Xizang Road, Huangpu District, Shanghai). What you enter goes straight to the union, not through the work app (the platform) you are using.';
const PLATFORM_ZH = '平台不会知道：工会不会以任何形式告诉平台您申请过互助金，也不告诉平台申请的内容和结果。';
const PLATFORM_EN = 'The platform never learns: the union tells the platform nothing of your claim in any form — not that you made one, what it is about, or its outcome.';
const RIGHTS_ZH = '您的权利：您可以查阅、复制、更正您的个人信息，或要求删除。请拨打职工服务热线 12351，或到所属基层工会办理。';
const RIGHTS_EN =
  'Your rights: you may see, copy and correct your personal information, or ask for it to be deleted. Call the union hotline 12351 or ask your grassroots union.';

export const CLAIM_PROCESSING_NOTICE: Notice = {
  'zh-CN': {
    title: '互助金申请个人信息处理告知',
    paragraphs: [
      PROCESSOR_ZH,
      '我们处理什么：您的参保记录、申请的保障项目、出险日期、您填写的经过、住院天数、您上传的证明材料，以及审核过程中的补充材料和决定。',
      '为什么：审核您的互助金申请，在需要时请您补充材料，把核定的互助金打入您的工会会员服务卡。',
      PLATFORM_ZH,
      '保存多久：申请办结后保存5年，以备复核和审计，之后删除。您撤回的申请，180天后删除。',
      '如何撤回：在“我的同意”中随时撤回，和同意一样方便。撤回后工会不再为新的用途处理这些信息；尚未作出决定的申请，可在“我的保障”中撤回。',
      RIGHTS_ZH,
    ],
  },
  en: {
    title: 'Notice on processing your personal information for a mutual-aid claim',
    paragraphs: [
      PROCESSOR_EN,
      'What we process: your enrolment, the benefit you claim, the date of the incident, what you write about it, the days in hospital, the evidence you upload, and any documents and decisions during the review.',
      'Why: to review your claim, ask you for more documents where needed, and pay the approved amount to your union service card.',
      PLATFORM_EN,
      'How long it is kept: 5 years after the claim is settled, for review and audit; then it is deleted. A claim you withdraw is deleted after 180 days.',
      'How to withdraw: at any time under "My consents", as easily as you gave it. The union then processes this information for nothing new; a claim not yet decided can be withdrawn under "My cover".',
      RIGHTS_EN,
    ],
  },
};

export const SENSITIVE_HEALTH_DATA_NOTICE: Notice = {
  'zh-CN': {
    title: '健康信息（敏感个人信息）处理告知',
    paragraphs: [
      PROCESSOR_ZH,
      '我们处理什么：互助金申请中的健康信息，属于敏感个人信息：伤情和病情、诊断、住院记录、病历、发票等医疗材料。',
      '为什么：只为核定您申请的互助金是否符合保障范围和金额。没有这些信息无法审核申请；这项同意与其他同意分开，拒绝它不影响您的会籍和参保。',
      '如何保护：材料只有审核人员可见，传输和保存都经过加密；照片在上传前已在您的手机上去除拍摄位置等信息。',
      PLATFORM_ZH,
      '保存多久：申请办结后保存5年，以备复核和审计，之后删除。',
      '如何撤回：在“我的同意”中随时撤回，和同意一样方便。撤回后正在审核的申请无法继续处理。',
      RIGHTS_ZH,
    ],
  },
  en: {
    title: 'Notice on processing your health information (sensitive personal information)',
    paragraphs: [
      PROCESSOR_EN,
      'What we process: the health information in a claim, which is sensitive personal information: injuries and illness, diagnoses, hospital records, medical notes, receipts and other medical documents.',
      'Why: only to decide whether the claim is covered and how much is paid. Without it a claim cannot be reviewed; this consent is separate from the others, and refusing it does not affect your membership or your cover.',
      'How it is protected: only the reviewers see the documents, which are encrypted in transit and at rest; photos lose their location and other details on your phone before they are uploaded.',
      PLATFORM_EN,
      'How long it is kept: 5 years after the claim is settled, for review and audit; then it is deleted.',
      'How to withdraw: at any time under "My consents", as easily as you gave it. A claim still under review can then not be processed further.',
      RIGHTS_EN,
    ],
  },
};
