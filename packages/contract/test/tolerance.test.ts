// The generator's one rule for compatibility (docs/api-behaviour.md, "Compatibility"): what the API
// sends is read tolerantly (unknown keys kept, enum values of a later contract accepted), what a
// client sends stays strict (unknown keys and values refused), and the enums themselves stay closed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import {
  zEventRegistration,
  zGeoPoint,
  zHelpRequestCreate,
  zMembershipApplicationStatus,
  zServicePointType,
  zSmsVerificationCreate,
} from '@unionkit/contract/schemas';

test('a response object keeps the fields a later contract adds', () => {
  assert.deepEqual(z.parse(zGeoPoint, { lat: 31.2, lng: 121.4, altitudeM: 4 }), { lat: 31.2, lng: 121.4, altitudeM: 4 });
});

test('a response enum takes a value of a later contract; a wrong type or a missing field is still refused', () => {
  const registration = {
    id: 'reg_1',
    eventId: 'evt_1',
    status: 'checked_in',
    waitlistPosition: null,
    companions: [],
    people: 1,
    createdAt: '2026-11-02T10:15:00+08:00',
    updatedAt: '2026-11-02T10:15:00+08:00',
  };
  assert.equal(z.parse(zEventRegistration, registration).status, 'checked_in');
  assert.equal(z.safeParse(zEventRegistration, { ...registration, status: 7 }).success, false);
  const { id: _id, ...noId } = registration;
  assert.equal(z.safeParse(zEventRegistration, noId).success, false);
});

test('what a client sends stays strict, and the enums stay closed', () => {
  assert.equal(z.safeParse(zSmsVerificationCreate, { mobile: '13800138000', extra: 1 }).success, false);
  assert.equal(
    z.safeParse(zHelpRequestCreate, { type: 'workplace_safety', consents: [{ purpose: 'help_request_processing', noticeVersion: '2026-11' }] }).success,
    false,
  );
  assert.equal(z.safeParse(zMembershipApplicationStatus, 'awaiting_interview').success, false);
  assert.equal(z.safeParse(zServicePointType, 'night_canteen').success, false);
});
