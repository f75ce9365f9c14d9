/** The sandbox's documented test partner "Demo Delivery" and its fixed values. */
export const TEST_KEYS = Object.freeze({
  partnerId: 'demo-delivery',
  secretKey: 'sk_test_demo_delivery',
  webhookSecret: 'whsec_test_demo_delivery',
  /** SMS code that always verifies in the sandbox. */
  smsCode: '000000',
  /** Current privacy-notice version; every consent must name it. */
  noticeVersion: '2026-11',
} as const);
