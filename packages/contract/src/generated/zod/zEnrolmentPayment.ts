// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * What an `awaiting_payment` enrolment asks the worker to pay, and by when: the due date is 14 days after the enrolment (Asia/Shanghai calendar days). Unpaid at the end of that day, the enrolment becomes `lapsed` and gives no cover. Kept on a `lapsed` enrolment; `null` on every other one.
 */
export const zEnrolmentPayment = z.looseObject({
    amountFen: z.int().check(z.gte(1)),
    dueDate: z.iso.date()
});
