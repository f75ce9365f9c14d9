/**
 * The readable notices behind every separate consent (单独同意), and the summary of the charter
 * (《中国工会章程》) a worker accepts when joining: `GET /privacy-notices/{purpose}`. Each says what is
 * processed, why, how long it is kept, how to withdraw and who processes it, in Chinese and English.
 * Plain text: paragraphs separated by a blank line, list items starting with `- `.
 */
import type { Locale, NoticePurpose, PrivacyNotice } from '@unionkit/contract';
import { NOTICE_VERSION } from './actor.js';
import { notFound } from './problem.js';
import { HELP_REQUEST_PROCESSING_NOTICE } from './privacy-notices-help.js';
import { CLAIM_PROCESSING_NOTICE, SENSITIVE_HEALTH_DATA_NOTICE } from './privacy-notices-claims.js';

interface NoticeText {
  title: string;
  paragraphs: readonly string[];
}

const PROCESSOR_ZH =
  '处理者：上海市总工会及您选择加入的基层工会（地址：上海市黄浦区西藏中路120号）。UnionKit 是工会的线上服务，您填写的内容直接提交给工会，不经过您正在使用的工作 App（平台）。';
const PROCESSOR_EN =
  'Who processes it: the Shanghai Federation of Trade Unions and the grassroots union you choose to join (120 Middle Xizang Road, Huangpu District, Shanghai). UnionKit is the union\'s online service: what you enter goes straight to the union, not through the work app (the platform) you are using.';
const RIGHTS_ZH =
  '您的权利：您可以查阅、复制、更正您的个人信息，或要求删除。请拨打职工服务热线 12351，或到所属基层工会办理。';
const RIGHTS_EN =
  'Your rights: you may see, copy and correct your personal information, or ask for it to be deleted. Call the union hotline 12351 or ask your grassroots union.';

const NOTICES: Readonly<Record<NoticePurpose, Record<Locale, NoticeText>>> = {
  membership_processing: {
    'zh-CN': {
      title: '入会个人信息处理告知',
      paragraphs: [
        PROCESSOR_ZH,
        '我们处理什么：您的姓名、手机号码、职业、工作所在区、您选择的基层工会，以及平台为您生成的编号（不是您的姓名或证件号）。',
        '为什么：办理您的入会申请，在提交后15个工作日内与您联系，为您办理会员证，并向您提供会员服务（互助保障、活动、法律服务等）。',
        '保存多久：成为会员期间保存；退会后保存3年，以备核查会籍和互助保障记录，之后删除。申请未通过或您撤回申请的，180天后删除。',
        '如何撤回：在“我的同意”中随时撤回，和同意一样方便。撤回后工会不再为新的用途处理这些信息；撤回本项同意不等于退会，退会请向所属基层工会提出。',
        RIGHTS_ZH,
      ],
    },
    en: {
      title: 'Notice on processing your personal information to join the union',
      paragraphs: [
        PROCESSOR_EN,
        'What we process: your name, mobile number, occupation, work district, the grassroots union you choose, and the reference the platform made for you (never your name or ID number).',
        'Why: to handle your application to join, to contact you within 15 working days of submitting it, to issue your membership, and to offer you members\' services (mutual-aid protection, events, legal help and more).',
        'How long it is kept: while you are a member, and 3 years after you leave, to check membership and protection records; then it is deleted. If your application is not approved or you withdraw it, it is deleted after 180 days.',
        'How to withdraw: at any time under "My consents", as easily as you gave it. The union then processes this information for nothing new. Withdrawing this consent does not end your membership: to leave, tell your grassroots union.',
        RIGHTS_EN,
      ],
    },
  },
  sensitive_id_number: {
    'zh-CN': {
      title: '身份证号码（敏感个人信息）处理告知',
      paragraphs: [
        PROCESSOR_ZH,
        '我们处理什么：您的18位居民身份证号码。它属于敏感个人信息。我们只从中读取出生日期和性别，不会要求您另行填写；页面上只显示打码后的号码。',
        '为什么：核实您的身份，确认您已年满16周岁，避免重复入会，并按年龄判断您能否参加有年龄限制的互助保障计划。',
        '不这样做会怎样：入会必须核实身份，不同意则无法提交入会申请，但不影响您使用服务阵地地图、活动和招聘信息。',
        '保存多久：成为会员期间保存；退会后保存3年，之后删除。申请未通过或撤回的，180天后删除。号码加密保存，只有审核您申请的工会工作人员可以查看。',
        '如何撤回：在“我的同意”中随时撤回。撤回后工会不再为新的用途处理该号码；已完成的入会审核不受影响。',
        RIGHTS_ZH,
      ],
    },
    en: {
      title: 'Notice on processing your resident ID number (sensitive personal information)',
      paragraphs: [
        PROCESSOR_EN,
        'What we process: your 18-character resident ID number. It is sensitive personal information. We read only your date of birth and sex from it, so you are not asked for them; pages show it masked.',
        'Why: to confirm who you are and that you are at least 16, to avoid joining twice, and to tell by your age whether you can join a protection plan with age limits.',
        'If you say no: joining needs your identity confirmed, so the application cannot be sent; the service map, events and jobs stay open to you.',
        'How long it is kept: while you are a member, and 3 years after you leave; then it is deleted. If your application is not approved or you withdraw it, it is deleted after 180 days. It is stored encrypted, and only the union staff who review your application can see it.',
        'How to withdraw: at any time under "My consents". The union then processes the number for nothing new; a membership review already done stands.',
        RIGHTS_EN,
      ],
    },
  },
  share_status_with_platform: {
    'zh-CN': {
      title: '向平台告知会员和保障状态的告知（可选）',
      paragraphs: [
        '这项同意是可选的：不同意不影响入会、参保或其他任何服务。',
        '告知给谁：为您打开本页面的工作 App 所属平台企业。',
        '告知什么，且仅限于此：您是否为工会会员及入会日期；您参加的互助保障计划是否在保障中及保障截止日期。只有编号和状态。',
        '绝不告知：您的姓名、身份证号、手机号、健康信息、互助金申请、求助事项，以及您报名了哪些活动、投递了哪些岗位。',
        '为什么：平台可以据此在 App 里显示您的会员身份，或为您承担保费等福利。',
        '保存多久：工会只保存这项同意本身的记录（何时同意、何时撤回），保存至撤回后3年。平台收到的信息由平台按其隐私政策处理。',
        '如何撤回：在“我的同意”中随时撤回，和同意一样方便。撤回后平台不再收到任何状态更新；此前已告知的内容无法收回。',
        PROCESSOR_ZH,
      ],
    },
    en: {
      title: 'Notice on telling the platform your membership and coverage status (optional)',
      paragraphs: [
        'This consent is optional: saying no changes nothing about joining, enrolling or any other service.',
        'Told to whom: the platform company whose work app opened this page.',
        'What is told, and nothing more: whether you are a union member and since when; whether a protection plan you joined is in force and until when. Ids and statuses only.',
        'Never told: your name, ID number, mobile number, health information, benefit claims, requests for help, nor which events you signed up for or which jobs you applied for.',
        'Why: so the platform can show your membership in its app, or pay a premium for you as a benefit.',
        'How long it is kept: the union keeps only the record of this consent (when given, when withdrawn), until 3 years after you withdraw it. What the platform has received, it handles under its own privacy policy.',
        'How to withdraw: at any time under "My consents", as easily as you gave it. The platform then gets no more updates; what it was told before cannot be called back.',
        PROCESSOR_EN,
      ],
    },
  },
  job_application_sharing: {
    'zh-CN': {
      title: '向用人单位发送求职申请的告知',
      paragraphs: [
        '发送给谁：您所投递岗位的用人单位（岗位来自“会聘上海”或工会合作单位）。每次投递单独同意，只发给该岗位的用人单位。',
        '发送什么：您投递了该岗位，以及您填写的留言。请不要在留言中写身份证号、银行卡号等信息。',
        '为什么：让用人单位查看您的申请并与您联系面试。',
        '平台不会知道：您投递了哪些岗位、是否投递过岗位，工会都不会告诉您正在使用的工作 App 所属平台。',
        '保存多久：工会保存投递记录至岗位下线后1年，之后删除。用人单位收到的信息由用人单位按法律规定处理。',
        '如何撤回：在“我的投递”中撤回申请，或在“我的同意”中撤回本项同意。撤回后不再向该用人单位发送新的信息。',
        PROCESSOR_ZH,
        RIGHTS_ZH,
      ],
    },
    en: {
      title: 'Notice on sending a job application to the employer',
      paragraphs: [
        'Sent to whom: the employer of the job you apply for (jobs come from Huipin Shanghai, the union\'s job system, or the union\'s partners). You agree for each application, and it goes to that employer only.',
        'What is sent: that you applied for the job, and the message you wrote. Please do not put your ID number, bank card number or the like in the message.',
        'Why: so the employer can read your application and contact you for an interview.',
        'The platform never learns: the union tells the platform of your work app neither which jobs you applied for nor whether you applied for any.',
        'How long it is kept: the union keeps the application until one year after the job is taken down, then deletes it. The employer handles what it received as the law requires.',
        'How to withdraw: withdraw the application under "My applications", or this consent under "My consents". Nothing new is sent to that employer afterwards.',
        PROCESSOR_EN,
        RIGHTS_EN,
      ],
    },
  },
  help_request_processing: HELP_REQUEST_PROCESSING_NOTICE,
  claim_processing: CLAIM_PROCESSING_NOTICE,
  sensitive_health_data: SENSITIVE_HEALTH_DATA_NOTICE,
  union_charter: {
    'zh-CN': {
      title: '《中国工会章程》摘要',
      paragraphs: [
        '中国工会是中国共产党领导的职工自愿结合的工人阶级群众组织，是党联系职工群众的桥梁和纽带。工会的基本职责是维护职工合法权益、竭诚服务职工群众。',
        '谁可以入会：在中国境内以工资收入为主要生活来源、或与用人单位建立劳动关系的劳动者，不分民族、种族、性别、职业、宗教信仰、教育程度，承认工会章程，都可以加入工会为会员。新就业形态劳动者（外卖骑手、网约车司机、快递员、货车司机等）同样可以依法入会。',
        '会员的权利：',
        '- 选举权、被选举权和表决权；\n- 对工会工作进行监督，提出意见和建议；\n- 合法权益受到侵犯时，要求工会给予保护；\n- 享受工会提供的文化、教育、体育、疗休养、互助保障、法律服务、就业服务等优惠待遇；\n- 参加关于工会工作和职工关心问题的讨论。',
        '会员的义务：',
        '- 学习政治、经济、文化、法律、技术和工会基本知识；\n- 遵守宪法和法律，弘扬劳模精神、劳动精神、工匠精神；\n- 维护工人阶级和工会组织的团结统一，互助互济；\n- 遵守工会章程，执行工会决议，参加工会活动，按月交纳会费。',
        '组织原则：工会实行民主集中制，各级工会委员会由会员大会或会员代表大会民主选举产生。',
        '退会自由：会员有退会自由，向所在工会提出即可。会员没有正当理由连续六个月不交纳会费、不参加工会组织生活，经教育拒不改正的，视为自动退会。',
        '本摘要便于阅读，完整内容以中国工会全国代表大会通过的《中国工会章程》为准。',
      ],
    },
    en: {
      title: 'Constitution of the Chinese Trade Unions (summary)',
      paragraphs: [
        'The Chinese trade unions are mass organisations of the working class, led by the Communist Party of China and formed voluntarily by workers; they link the Party with the workers. Their basic duty is to protect workers\' lawful rights and interests and to serve workers wholeheartedly.',
        'Who may join: anyone in China who lives mainly on a wage or has a labour relationship with an employer, whatever their ethnicity, race, sex, occupation, religion or education, and who accepts the constitution. Workers in new forms of employment (delivery riders, ride-hailing drivers, couriers, truck drivers and others) may join as the law provides.',
        'Members\' rights:',
        '- to vote, to stand for election and to vote on decisions;\n- to oversee the union\'s work and make suggestions;\n- to ask the union for protection when their lawful rights are infringed;\n- to the union\'s cultural, educational, sports, recuperation, mutual-aid protection, legal and employment services;\n- to take part in discussions of union work and of what concerns workers.',
        'Members\' duties:',
        '- to learn about politics, the economy, culture, law, skills and the union;\n- to obey the Constitution and the law, and to honour the spirit of model workers, of labour and of craftsmanship;\n- to uphold the unity of the working class and of the unions, and to help one another;\n- to follow the union constitution and decisions, take part in union activities and pay dues every month.',
        'How the unions are run: by democratic centralism; union committees at every level are elected by the members\' assembly or the members\' representatives.',
        'Freedom to leave: members are free to leave by telling their union. A member who, without good reason, pays no dues and takes no part in union life for six months in a row, and does not change after being advised, is taken to have left.',
        'This summary is for easy reading; the full text adopted by the National Congress of the Chinese Trade Unions prevails.',
      ],
    },
  },
};

const isNoticePurpose = (value: string): value is NoticePurpose => Object.hasOwn(NOTICES, value);

/** The notice for `purpose` in `locale`; 404 for a purpose that has none. */
export function getPrivacyNotice(purpose: string, locale: Locale): PrivacyNotice {
  if (!isNoticePurpose(purpose)) throw notFound('告知', 'notice');
  const text = NOTICES[purpose][locale];
  return { purpose, version: NOTICE_VERSION, title: text.title, body: text.paragraphs.join('\n\n') };
}

/** Every purpose that has a notice. */
export const NOTICE_PURPOSES = Object.keys(NOTICES) as NoticePurpose[];
