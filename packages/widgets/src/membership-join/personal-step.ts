/**
 * Step 2 of the join flow: name, resident ID, mobile proved by an SMS code, occupation and work
 * district — each checked as the worker types (only what typing more cannot fix) and again when they
 * leave the field. Nothing of it is stored: it lives in the flow's memory only.
 */
import type { TemplateResult } from 'lit';
import type { SmsVerification } from '../internal/controllers/sms-verification.js';
import { checkMobile, checkName, checkResidentId, mobileOf, normaliseName, type Draft, type FieldKey } from './model.js';
import { renderPersonal } from './personal.js';
import type { FlowViewContext } from './flow-views.js';

/** What the step needs of the flow. */
export interface PersonalFlow {
  readonly draft: Draft;
  readonly errors: Partial<Record<FieldKey, string>>;
  /** The ID is being typed (else it shows masked, with "edit"). */
  idEditing: boolean;
  readonly sms: SmsVerification;
  view(): FlowViewContext;
  update(patch: Partial<Draft>): void;
  setError(key: FieldKey, message: string | undefined): void;
  focusField(key: FieldKey): Promise<void>;
  requestUpdate(): void;
}

export function renderPersonalStep(flow: PersonalFlow): TemplateResult {
  const view = flow.view();
  const s = view.s;
  const { draft, sms } = flow;
  return renderPersonal(view, {
    draft,
    errors: flow.errors,
    idEditing: flow.idEditing,
    sms: sms.state,
    sending: sms.sending,
    confirming: sms.confirming,
    onName: (v) => {
      flow.update({ fullName: v });
      // Too long or a character a name cannot have: said at once, never cut silently.
      flow.setError('fullName', checkName(v, s, !flow.errors.fullName));
    },
    onNameBlur: () => {
      const name = flow.draft.fullName;
      if (!name) return;
      const problem = checkName(name, s);
      flow.setError('fullName', problem);
      if (!problem && normaliseName(name) !== name) flow.update({ fullName: normaliseName(name) });
    },
    onId: (v) => {
      flow.update({ residentId: v });
      flow.setError('residentId', checkResidentId(v, false, s));
    },
    onIdBlur: () => {
      if (!flow.draft.residentId) return;
      const problem = checkResidentId(flow.draft.residentId, true, s);
      flow.setError('residentId', problem);
      if (!problem) {
        flow.idEditing = false;
        flow.requestUpdate();
      }
    },
    onEditId: () => {
      flow.idEditing = true;
      flow.requestUpdate();
      void flow.focusField('residentId');
    },
    onMobile: (v) => {
      flow.update({ mobile: v });
      sms.mobileTyped(v);
    },
    onMobileBlur: () => {
      if (!flow.draft.mobile) return;
      flow.setError('mobile', checkMobile(flow.draft.mobile, s));
      const m = mobileOf(flow.draft.mobile);
      if (m && m !== flow.draft.mobile) flow.update({ mobile: m });
    },
    onSendCode: () => void sms.send(flow.draft.mobile),
    onCode: (v) => sms.codeTyped(v),
    onConfirmCode: () => void sms.confirm(),
    onChangeMobile: () => sms.change(),
    onOccupation: (v) => {
      flow.update({ occupation: v });
      flow.setError('occupation', v ? undefined : flow.errors.occupation);
    },
    onDistrict: (v) => {
      flow.update({ workDistrict: v });
      flow.setError('workDistrict', v ? undefined : flow.errors.workDistrict);
    },
  });
}
