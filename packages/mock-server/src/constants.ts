import { NOTICE_VERSION } from '@unionkit/contract';

/** The sandbox's documented test partner "Demo Delivery" and its fixed values: their one home. */
export const TEST_KEYS = Object.freeze({
  partnerId: 'demo-delivery',
  secretKey: 'sk_test_demo_delivery',
  webhookSecret: 'whsec_test_demo_delivery',
  /** SMS code that always verifies in the sandbox. */
  smsCode: '000000',
  /** Current privacy-notice version (the contract's); every consent must name it. */
  noticeVersion: NOTICE_VERSION,
} as const);
