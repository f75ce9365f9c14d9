// Request and response bodies shaped as the contract says, for tests with a scripted fetch.
import type { JobPosting, MembershipApplication, MembershipApplicationCreate } from '@unionkit/sdk';

export const application: MembershipApplication = {
  id: 'mapp_01J9Z6Q8',
  reference: 'RH-7K3M-Q9',
  status: 'submitted',
  occupation: 'food_delivery_rider',
  workDistrict: '310104',
  organisationId: 'org_310104_xjh_joint',
  contactDueDate: '2026-11-23',
  submittedAt: '2026-11-02T10:15:00+08:00',
  updatedAt: '2026-11-02T10:15:00+08:00',
  decisionNote: null,
  applicant: {
    fullName: '张伟',
    residentIdNumberMasked: '110105********002X',
    mobileMasked: '138****8000',
    birthDate: '1949-12-31',
    sex: 'female',
  },
};

export const applyBody: MembershipApplicationCreate = {
  fullName: '张伟',
  residentIdNumber: '11010519491231002X',
  mobile: '13800138000',
  smsVerificationId: 'sms_01J9Z6',
  occupation: 'food_delivery_rider',
  workDistrict: '310104',
  organisationId: 'org_310104_xjh_joint',
  charterAccepted: true,
  consents: [
    { purpose: 'membership_processing', noticeVersion: '2026-11' },
    { purpose: 'sensitive_id_number', noticeVersion: '2026-11' },
  ],
};

export function job(n: number): JobPosting {
  return {
    id: `job_${n}`,
    title: `外卖骑手（徐汇）${n}`,
    employer: '上海某餐饮配送有限公司',
    occupation: 'food_delivery_rider',
    employmentType: 'gig',
    district: '310104',
    salaryMinFen: 600000,
    salaryMaxFen: 1000000,
    description: '按单计酬，灵活排班。',
    requirements: ['持有电动自行车驾驶经验'],
    benefits: ['互助保障补贴'],
    postedAt: '2026-10-20T09:00:00+08:00',
    expiresAt: '2026-12-31T23:59:59+08:00',
    source: 'huipin_shanghai',
  };
}
