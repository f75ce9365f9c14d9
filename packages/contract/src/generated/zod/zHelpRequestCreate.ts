// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCertificateInput } from './zCertificateInput.js';
import { zConsentGrant } from './zConsentGrant.js';
import { zContactPreference } from './zContactPreference.js';
import { zHelpCounterparty } from './zHelpCounterparty.js';
import { zHelpRequestType } from './zHelpRequestType.js';
import { zHelpTopic } from './zHelpTopic.js';
import { zMicroWishCategory } from './zMicroWishCategory.js';

/**
 * 一个对象，字段按 `type` 取舍（沙箱校验）：法律类与投诉 `topic`、`counterparty`、`description`、`contactPreference`（当面时 `appointmentId`）；建言 `topic`、`description`、`anonymous?`；取证补贴 `certificate` 与扫描件 `evidenceFileIds`；微心愿 `category`、`wish`、`valueFen`。不属于该类型的字段为 `validation_failed`（`invalid_value`）。
 *
 * One object whose fields depend on `type` (the sandbox checks them): legal types and `complaint` take `topic`, `counterparty`, `description`, `contactPreference` (and `appointmentId` when `in_person`); `suggestion` takes `topic`, `description`, `anonymous?`; `skill_subsidy` takes `certificate` with its scan in `evidenceFileIds`; `micro_wish` takes `category`, `wish`, `valueFen`. A field that is not the type's is `validation_failed` (`invalid_value`).
 */
export const zHelpRequestCreate = z.strictObject({
    type: zHelpRequestType,
    topic: z.optional(zHelpTopic),
    counterparty: z.optional(zHelpCounterparty),
    description: z.optional(z.string().check(z.minLength(1), z.maxLength(16000))),
    contactPreference: z.optional(zContactPreference),
    appointmentId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    anonymous: z.optional(z.boolean()),
    certificate: z.optional(zCertificateInput),
    category: z.optional(zMicroWishCategory),
    wish: z.optional(z.string().check(z.minLength(1), z.maxLength(800))),
    valueFen: z.optional(z.int().check(z.gte(1), z.lte(50000))),
    evidenceFileIds: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(10))),
    consents: z.array(zConsentGrant).check(z.minLength(1), z.maxLength(4))
});
