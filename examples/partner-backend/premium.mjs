// The platform collects a union premium from the rider's wallet and confirms it to the union.
//
// The widget asks the page (`union-payment-required { enrolmentId, amountFen }`); the page asks this
// back end with the enrolment's id only. The back end does not trust the page for the amount: it reads
// the enrolment as the logged-in rider (a session of the rider's own, so someone else's enrolment is
// simply not found), takes what is due from the union's record, confirms it with the secret key
// (`client.insurance.payEnrolment()`), and only then takes the money from the wallet — once per
// enrolment, whatever the page or the network repeat: the union's payment is idempotent by the key
// and partnerPaymentRef derived from the enrolment, and the wallet keeps which enrolments it paid.
import { ApiError, NotFoundError, UnionClient } from '@unionkit/sdk';

/** What a demo rider's wallet holds at first (the 收入 Earnings tab shows it): ¥1,842.60. */
export const OPENING_BALANCE_FEN = 184_260;

/** The demo's wallets, in memory, per workerRef: the balance and what was taken, newest first. */
export function createWallets() {
  /** @type {Map<string, { balanceFen: number, entries: { id: string, label: string, amountFen: number, at: string }[] }>} */
  const wallets = new Map();
  const of = (workerRef) => {
    let wallet = wallets.get(workerRef);
    if (!wallet) {
      wallet = { balanceFen: OPENING_BALANCE_FEN, entries: [] };
      wallets.set(workerRef, wallet);
    }
    return wallet;
  };
  return {
    of,
    /** Takes `amountFen` for `id` once; a second call with the same id changes nothing. */
    debit(workerRef, id, label, amountFen) {
      const wallet = of(workerRef);
      if (wallet.entries.some((e) => e.id === id)) return wallet;
      wallet.balanceFen -= amountFen;
      wallet.entries.unshift({ id, label, amountFen: -amountFen, at: new Date().toISOString() });
      return wallet;
    },
  };
}

const ENROLMENT_ID = /^[A-Za-z0-9_]{1,64}$/;

/**
 * `POST /api/union/pay-premium { enrolmentId }`. Answers `{ enrolmentId, paymentId, amountFen,
 * balanceFen }`; 422 `validation_failed` for a bad body, 404 `not_found` for an enrolment that is not
 * the rider's, 409 `not_awaiting_payment` or `insufficient_balance`, the union's code otherwise.
 * @param {{ union: UnionClient, apiBaseUrl: string, wallets: ReturnType<typeof createWallets>, workerRef: string, body: unknown }} options
 * @returns {Promise<{ status: number, body: Record<string, unknown> }>}
 */
export async function payPremium({ union, apiBaseUrl, wallets, workerRef, body }) {
  const enrolmentId = /** @type {{ enrolmentId?: unknown }} */ (body ?? {}).enrolmentId;
  if (typeof enrolmentId !== 'string' || !ENROLMENT_ID.test(enrolmentId) || Object.keys(body ?? {}).length !== 1) {
    return { status: 422, body: { error: 'validation_failed' } };
  }
  const wallet = wallets.of(workerRef);
  const ref = `wallet-${enrolmentId}`;
  const paid = wallet.entries.find((e) => e.id === ref);
  if (paid) {
    // Already taken and confirmed: the same answer again, nothing taken twice.
    return { status: 200, body: { enrolmentId, amountFen: -paid.amountFen, balanceFen: wallet.balanceFen } };
  }

  // What is due, as the union has it, read as the rider: another rider's enrolment is not found.
  const session = await union.widgetSessions.create({ workerRef, components: ['insurance'] });
  const asRider = new UnionClient({ baseUrl: apiBaseUrl, token: session.clientToken });
  let enrolment;
  try {
    enrolment = await asRider.insurance.retrieveEnrolment(enrolmentId);
  } catch (error) {
    if (error instanceof NotFoundError) return { status: 404, body: { error: 'not_found' } };
    throw error;
  }
  if (enrolment.status !== 'awaiting_payment' || !enrolment.payment) {
    return { status: 409, body: { error: 'not_awaiting_payment', status: enrolment.status } };
  }
  const { amountFen } = enrolment.payment;
  if (wallet.balanceFen < amountFen) return { status: 409, body: { error: 'insufficient_balance', balanceFen: wallet.balanceFen } };

  let payment;
  try {
    payment = await union.insurance.payEnrolment(enrolmentId, { amountFen, partnerPaymentRef: ref }, { idempotencyKey: `pay-premium-${enrolmentId}` });
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status >= 500 ? 502 : error.status, body: { error: error.code } };
    throw error;
  }
  wallets.debit(workerRef, ref, '工会互助保障缴费 Union cover premium', amountFen);
  return { status: 200, body: { enrolmentId, paymentId: payment.id, amountFen, balanceFen: wallet.balanceFen } };
}
