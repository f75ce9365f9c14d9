/** The notice behind the `help_request_processing` consent (我要求助), in Chinese and English. */
import type { Locale } from '@unionkit/contract';

export const HELP_REQUEST_PROCESSING_NOTICE: Record<Locale, { title: string; paragraphs: readonly string[] }> = {
  'zh-CN': {
    title: '求助事项个人信息处理告知',
    paragraphs: [
      '处理者：上海市总工会及承办您求助事项的区总工会、职工法律援助站、调解组织和社工（地址：上海市黄浦区西藏中路120号）。您填写的内容直接提交给工会，不经过您正在使用的工作 App（平台）。',
      '我们处理什么：求助类型和您填写的情况说明、争议对方类别（如平台、代理商）、联系方式偏好、预约时段、您上传的证明材料或证书扫描件，以及您与社工之间的消息。建言献策选择匿名的，承办人看不到提交人。',
      '为什么：受理并办理您的求助（法律咨询、法律援助、劳动争议调解、维权投诉、建言献策、取证补贴、微心愿），与您联系，核对取证补贴的会籍和证书，发放补贴或落实心愿。',
      '平台不会知道：无论哪类求助，工会都不会以任何形式告诉平台——不发送通知，不计入给平台的统计，也不告诉平台您是否提交过求助。法律咨询、法律援助、调解和投诉可能涉及平台本身，这些表单在工会自己的页面中填写，平台的页面看不到您输入的内容。',
      '保存多久：办结后保存3年，以备复核和统计（统计只用不含个人身份的汇总数字），之后删除。您撤回的申请，180天后删除。',
      '如何撤回：在“我的同意”中随时撤回，和同意一样方便。撤回后工会不再为新的用途处理这些信息；正在办理的事项，可在“我的求助”中撤回。',
      '您的权利：您可以查阅、复制、更正您的个人信息，或要求删除。请拨打职工服务热线 12351，或到所属基层工会办理。',
    ],
  },
  en: {
    title: 'Notice on processing your personal information for a help request',
    paragraphs: [
      'Who processes it: the Shanghai Federation of Trade Unions and the district union, workers\' legal-aid station, mediation body and social worker who handle your request (120 Middle Xizang Road, Huangpu District, Shanghai). What you enter goes straight to the union, not through the work app (the platform) you are using.',
      'What we process: the type of request and what you write about it, the kind of other party (for example the platform or an agency), how you want to be contacted, the slot you booked, the evidence or certificate scans you upload, and the messages between you and the social worker. For a suggestion you send anonymously, the people handling it do not see who sent it.',
      'Why: to take on and handle your request (legal consultation, legal aid, mediation of a labour dispute, a complaint, a suggestion, the certificate subsidy, a micro-wish), to contact you, to check membership and the certificate for a subsidy, and to pay the subsidy or fulfil the wish.',
      'The platform never learns: whatever the request, the union tells the platform nothing of it in any form: no notification, nothing in the statistics the platform receives, not even whether you made a request. Legal consultation, legal aid, mediation and complaints may be about the platform itself; their forms run in the union\'s own page, where the platform\'s page cannot see what you type.',
      'How long it is kept: 3 years after the request is settled, for review and statistics (statistics use only totals that identify no one); then it is deleted. A request you withdraw is deleted after 180 days.',
      'How to withdraw: at any time under "My consents", as easily as you gave it. The union then processes this information for nothing new; a request still being handled can be withdrawn under "My requests".',
      'Your rights: you may see, copy and correct your personal information, or ask for it to be deleted. Call the union hotline 12351 or ask your grassroots union.',
    ],
  },
};
