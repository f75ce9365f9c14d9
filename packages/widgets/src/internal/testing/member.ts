/**
 * Makes a session's worker an active union member through the API, as a worker and the union would:
 * SMS code 000000, an application with the two required consents, approval in the sandbox.
 */
import { expect } from '@open-wc/testing';
import type { UnionClient } from '@unionkit/sdk';

export interface MemberOptions {
  /** A valid resident ID number (GB 11643); the default is of a worker born 15 March 1992. */
  residentIdNumber?: string;
  district?: '310104' | '310105' | '310106';
  /** Also agree to share membership and coverage status with the platform (`share_status_with_platform`). */
  share?: boolean;
}

/** The session must include the `membership` component. */
export async function makeMember(client: UnionClient, options: MemberOptions = {}): Promise<void> {
  const mobile = '13800138000';
  const district = options.district ?? '310104';
  const sms = await client.smsVerifications.create({ mobile });
  const confirmed = await client.smsVerifications.confirm(sms.id, { code: '000000' });
  expect(confirmed.verified).to.equal(true);
  const orgs = await client.organisations.list({ district });
  const org = orgs.data.find((o) => o.suggested) ?? orgs.data[0]!;
  const application = await client.membership.apply({
    fullName: '张测试',
    residentIdNumber: options.residentIdNumber ?? '310104199203150418',
    mobile,
    smsVerificationId: sms.id,
    occupation: 'food_delivery_rider',
    workDistrict: district,
    organisationId: org.id,
    charterAccepted: true,
    consents: [
      { purpose: 'membership_processing', noticeVersion: '2026-11' },
      { purpose: 'sensitive_id_number', noticeVersion: '2026-11' },
      ...(options.share ? [{ purpose: 'share_status_with_platform' as const, noticeVersion: '2026-11' }] : []),
    ],
  });
  await client.sandbox.decideMembershipApplication(application.id, { decision: 'approve' });
  const membership = await client.membership.retrieve();
  expect(membership.status).to.equal('active');
}
