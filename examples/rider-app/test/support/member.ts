// A rider of the demo who is a member of the union, through the API as the widgets would do it (the
// join flow itself is driven through the page in join-flow.ts): sandbox test data only.
import type { UnionClient } from '@unionkit/sdk';

export const NOTICE = '2026-11';

/** Applies with the sandbox's test data and has the union (the partner's sandbox call) approve it. */
export async function becomeMember(worker: UnionClient, partner: UnionClient, { share }: { share: boolean }): Promise<void> {
  const application = await worker.membership.apply({
    fullName: '王测试',
    residentIdNumber: '310104199203150418',
    mobile: '13800138000',
    occupation: 'food_delivery_rider',
    workDistrict: '310104',
    organisationId: 'org_310104_platform_demo_delivery',
    charterAccepted: true,
    consents: [
      { purpose: 'membership_processing', noticeVersion: NOTICE },
      { purpose: 'sensitive_id_number', noticeVersion: NOTICE },
      ...(share ? [{ purpose: 'share_status_with_platform' as const, noticeVersion: NOTICE }] : []),
    ],
  });
  await partner.sandbox.decideMembershipApplication(application.id, { decision: 'approve' });
}

/** The smallest JPEG the API takes as a photo. */
export const jpeg = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0xff, 0xd9])], { type: 'image/jpeg' });

/** The two separate consents a claim needs. */
export const CLAIM_CONSENTS = [
  { purpose: 'claim_processing' as const, noticeVersion: NOTICE },
  { purpose: 'sensitive_health_data' as const, noticeVersion: NOTICE },
];
