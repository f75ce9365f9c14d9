/**
 * The evidence of a legal matter (purpose `legal_evidence`, optional) and the scan of a certificate
 * (purpose `certificate`, required), picked and uploaded with the shared upload controller and picker
 * (`internal/upload/`, `internal/views/file-picker.ts`): photos compressed on the device with their
 * location removed, progress, retry with the same key. The controller is kept in the form
 * (`HelpForm.extras`), so the list outlives every re-render of the part.
 */
import { html, nothing } from 'lit';
import { UploadController } from '../internal/upload/upload-controller.js';
import { filePickerLayer, filePickerView } from '../internal/views/file-picker.js';
import type { HelpForm } from './form.js';
import type { HelpFormStrings } from './form-strings.js';
import { adoptOnce } from '../internal/styles/adopt.js';
import { kindOf } from './form-rules.js';
import type { HelpRequestType } from './types.js';

export interface Evidence {
  /** The picker, its files with their progress, retry and remove. */
  render(): unknown;
  /** The ids of the files uploaded. */
  fileIds(): string[];
  /** A file still preparing or uploading. */
  pending(): boolean;
}

const NONE: Evidence = { render: () => nothing, fileIds: () => [], pending: () => false };

export function evidenceOf(form: HelpForm, type: HelpRequestType, fs: HelpFormStrings): Evidence {
  const kind = kindOf(type);
  if (kind !== 'legal' && kind !== 'skill_subsidy') return NONE;
  const certificate = kind === 'skill_subsidy';
  let upload = form.extras.get('upload') as UploadController | undefined;
  if (!upload) {
    adoptOnce(form.host.element, filePickerLayer);
    upload = new UploadController(form.host, { purpose: certificate ? 'certificate' : 'legal_evidence', maxFiles: certificate ? 2 : 6 });
    form.extras.set('upload', upload);
  }
  const u = upload;
  const error = form.errors.evidence ?? '';
  return {
    render: () => html`<div class="field" data-evidence>
      ${filePickerView(u, {
        id: 'help-evidence',
        label: certificate ? `${fs.scan} *` : fs.evidence,
        ...(certificate ? {} : { hint: fs.evidenceHint }),
      })}
      <span class="error" id="help-evidence-error" part="error" aria-live="polite">${error}</span>
    </div>`,
    fileIds: () => u.fileIds,
    pending: () => u.busy,
  };
}
