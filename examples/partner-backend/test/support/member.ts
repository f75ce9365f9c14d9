// A rider joins the union in the sandbox, sharing their status with the platform, and the sandbox's
// union approves: what makes the union send the platform a member.status_changed webhook.
import { UnionClient } from '@unionkit/sdk';

export async function joinAndApprove(apiBaseUrl: string, clientToken: string, secretKey = 'sk_test_demo_delivery'): Promise<void> {
  const worker = new UnionClient({ baseUrl: apiBaseUrl, token: clientToken });
  const partner = new UnionClient({ baseUrl: apiBaseUrl, token: secretKey });
  const sms = await worker.smsVerifications.create({ mobile: '13912345678' });
  await worker.smsVerifications.confirm(sms.id, { code: '000000' });
  const orgs = await worker.organisations.list({ district: '310115', acceptsMembers: true });
  const application = await worker.membership.apply({
    fullName: '李娜',
    residentIdNumber: '310104199203150418',
    mobile: '13912345678',
    smsVerificationId: sms.id,
    occupation: 'courier',
    workDistrict: '310115',
    organisationId: orgs.data.find((o) => o.suggested)!.id,
    charterAccepted: true,
    consents: [
      { purpose: 'membership_processing', noticeVersion: '2026-11' },
      { purpose: 'sensitive_id_number', noticeVersion: '2026-11' },
      { purpose: 'share_status_with_platform', noticeVersion: '2026-11' },
    ],
  });
  await partner.sandbox.decideMembershipApplication(application.id, { decision: 'approve' });
}
