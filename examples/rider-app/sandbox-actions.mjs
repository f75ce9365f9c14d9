// Sandbox only: the demo's buttons that play the union's part for the new flows — move the sandbox's
// clock on to the day the rider's paid cover starts (a day at least), approve and pay the rider's latest claim, and have the union's
// social worker answer the rider's latest help request. A real platform can do none of this.
//
// The page sends no id: it is never told of a claim or a help request (nothing about them reaches the
// platform). The demo finds the rider's latest one the way the union would — in the union's own
// records (the sandbox this process runs) — and decides it through the SDK's sandbox methods.

/** Claim statuses the union can still approve (then pay). */
const APPROVABLE = new Set(['submitted', 'under_review', 'more_info_needed']);

/** What the social worker does next with a help request, and says with it (zh-CN, then en). */
const NEXT_STEP = {
  submitted: 'accept',
  accepted: 'start',
  more_info_needed: 'start',
  in_progress: 'resolve',
  adopted: 'fulfil',
};
const SOCIAL_WORKER_SAYS = {
  accept: '您好，我是工会社工小李，已收到您的求助，会在两个工作日内与您联系。（沙箱演示） Hello, I am Li, the union’s social worker: we have your request and will contact you within two working days. (sandbox demo)',
  adopt: '您好，您的微心愿已被认领，我们会尽快为您送达。（沙箱演示） Hello, your micro-wish has been adopted; we will bring it to you soon. (sandbox demo)',
  start: '我们已开始办理，有进展会在这里告诉您。（沙箱演示） We have started on it and will tell you here how it goes. (sandbox demo)',
  resolve: '您的事项已办结，如还有问题请随时再联系我们。（沙箱演示） Your matter is resolved; write again any time. (sandbox demo)',
  fulfil: '微心愿已送达，祝您工作顺利。（沙箱演示） Your micro-wish has been delivered. (sandbox demo)',
};

/**
 * The rider's records in the union's store, newest first: `kind` is `claims` or `helpRequests`. The
 * store keys a worker by `partnerId/workerRef`.
 */
function latestOf(store, kind, partnerId, workerRef, open) {
  const key = `${partnerId}/${workerRef}`;
  let latest;
  for (const record of store[kind].values()) {
    if (record.workerKey !== key || !open(record)) continue;
    if (!latest || record.createdAt >= latest.createdAt) latest = record;
  }
  return latest;
}

const DAY_MS = 86_400_000;
/** The Shanghai calendar date of `at`: `2026-12-02`. */
const shanghaiDate = (at) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * Days from the sandbox's today to the start of the rider's cover that has not started yet (the latest
 * such enrolment), at least 1 and at most 366. Cover starts the day after the premium is paid — or on
 * 1 January when it is paid in December, for the next year's term.
 */
function daysToCover(store, partnerId, workerRef) {
  const today = shanghaiDate(store.now());
  const waiting = latestOf(store, 'enrolments', partnerId, workerRef, (e) => e.status === 'active' && typeof e.coverageStart === 'string' && e.coverageStart > today);
  if (!waiting) return 1;
  return Math.min(366, Math.max(1, Math.round((Date.parse(waiting.coverageStart) - Date.parse(today)) / DAY_MS)));
}

/**
 * Handles `POST /api/sandbox/{clock-advance|claim-decision|help-request-reply}`; answers false for any
 * other request. `context`: `{ union, store, partnerId, workerRef, json }`.
 */
export async function sandboxAction(pathname, context) {
  const { union, store, partnerId, workerRef, json } = context;
  if (pathname === '/api/sandbox/clock-advance') {
    // On to the day a paid cover starts (at least a day). Client tokens expire with it; the page's
    // provider asks for a new one when the API says token_expired.
    const days = daysToCover(store, partnerId, workerRef);
    const clock = await union.sandbox.advanceClock(days);
    json(200, { now: clock.now, days });
    return true;
  }
  if (pathname === '/api/sandbox/claim-decision') {
    const claim = latestOf(store, 'claims', partnerId, workerRef, (c) => APPROVABLE.has(c.status) || c.status === 'approved');
    if (!claim) {
      json(409, { error: 'no_open_claim' });
      return true;
    }
    if (claim.status !== 'approved') await union.sandbox.decideClaim(claim.id, { decision: 'approve' });
    const paid = await union.sandbox.decideClaim(claim.id, { decision: 'pay' });
    // The answer goes to the demo's sandbox box only, and says no more than that it was done.
    json(200, { ok: paid.status === 'paid' });
    return true;
  }
  if (pathname === '/api/sandbox/help-request-reply') {
    const request = latestOf(store, 'helpRequests', partnerId, workerRef, (r) => r.status in NEXT_STEP);
    if (!request) {
      json(409, { error: 'no_open_help_request' });
      return true;
    }
    let decision = NEXT_STEP[request.status];
    if (decision === 'accept' && request.type === 'micro_wish') decision = 'adopt';
    if (decision === 'resolve' && request.type === 'micro_wish') decision = 'fulfil';
    const decided = await union.sandbox.decideHelpRequest(request.id, { decision, message: SOCIAL_WORKER_SAYS[decision] });
    json(200, { ok: Boolean(decided.id) });
    return true;
  }
  return false;
}
