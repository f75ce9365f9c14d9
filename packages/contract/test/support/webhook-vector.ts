/**
 * One signed delivery, computed once with Node's `createHmac` (independently of the code under test),
 * so the Node and the Chromium tests check the Web Crypto signer against the same answer.
 */
export const VECTOR = {
  secret: 'whsec_test_demo_delivery',
  timestamp: 1_793_600_000, // 2026-11-02, unix seconds
  body: '{"id":"evt_1","type":"member.status_changed","createdAt":"2026-11-02T10:20:00+08:00","data":{"workerRef":"rider-123","status":"active","since":"2026-11-02"}}',
  header: 't=1793600000,v1=88dcc057de84616612ace6607807114e8e9b580274f52a176dda0edd9c8400d8',
} as const;
