/**
 * The file picker every form with evidence shares, over an `UploadController`
 * (`../upload/upload-controller.ts`): two labelled file inputs shown as 44 px buttons — 拍照上传, which
 * opens the camera on a phone (`capture`), and one that picks photos or PDFs already on the device —
 * a hint with the limits and the promise that a photo's location is removed; then the picked files,
 * each with its thumbnail, its state in words, a `<progress>` with an accessible name while it
 * uploads, and its remove and (when trying again can help) retry buttons. State changes are announced
 * through the widget's live regions by the controller. Add `filePickerLayer` to the widget's styles.
 *
 * @csspart file-picker - The evidence picker: take a photo or choose files.
 * @csspart upload-item - One file being sent or sent, with its progress (`data-state`).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { FILE_CONTENT_TYPE_VALUES } from '@unionkit/contract';
import type { UploadController, UploadItem } from '../upload/upload-controller.js';

export interface FilePickerOptions {
  /** A prefix for the ids inside (unique in the widget), e.g. `evidence`. */
  id: string;
  /** The group's visible name, e.g. "证明材料（发票、病历）". */
  label: string;
  /** A hint of the form's own, shown before the limits. */
  hint?: string;
  /** Offer the camera button (default true). */
  camera?: boolean;
}

const ACCEPT = FILE_CONTENT_TYPE_VALUES.join(',');

function picked(upload: UploadController, e: Event): void {
  const input = e.target as HTMLInputElement;
  const files = [...(input.files ?? [])];
  // Emptied, so that the same photo can be picked again after it was removed.
  input.value = '';
  void upload.add(files);
}

function item(upload: UploadController, it: UploadItem): TemplateResult {
  const s = upload.strings;
  const state =
    it.state === 'preparing'
      ? s.preparing
      : it.state === 'uploading'
        ? s.uploading(it.percent)
        : it.state === 'done'
          ? s.done
          : `${s.failed}：${it.error?.message ?? ''}`;
  return html`<li class="upload-item" part="upload-item" data-state=${it.state}>
    ${it.thumbnail
      ? html`<img class="upload-thumb" src=${it.thumbnail} alt="" width="48" height="48" />`
      : html`<span class="upload-thumb upload-doc" aria-hidden="true">${s.pdf}</span>`}
    <div class="upload-body">
      <span class="upload-name">${it.name}</span>
      <span class=${it.state === 'failed' ? 'upload-state error' : 'upload-state muted'}>${state}</span>
      ${it.state === 'uploading' || it.state === 'preparing'
        ? html`<progress
            max="100"
            value=${it.state === 'uploading' ? it.percent : nothing}
            aria-label=${s.progressLabel(it.name)}
            aria-valuetext=${state}
          ></progress>`
        : nothing}
    </div>
    <div class="upload-actions">
      ${it.state === 'failed' && it.error?.retryable
        ? html`<button type="button" part="button" aria-label=${s.retryLabel(it.name)} @click=${() => void upload.retry(it.key)}>${s.retry}</button>`
        : nothing}
      <button type="button" part="button" aria-label=${s.removeLabel(it.name)} @click=${() => upload.remove(it.key)}>${s.remove}</button>
    </div>
  </li>`;
}

export function filePickerView(upload: UploadController, o: FilePickerOptions): TemplateResult {
  const s = upload.strings;
  const hintId = `${o.id}-hint`;
  const full = upload.room === 0;
  const items = upload.items;
  return html`<fieldset class="file-picker" part="file-picker" aria-describedby=${hintId}>
    <legend>${o.label}</legend>
    <p class="hint" id=${hintId}>${o.hint ? html`${o.hint} ` : nothing}${s.hint(upload.maxFiles)}</p>
    <div class="row">
      ${o.camera === false
        ? nothing
        : html`<label class="button file-button" part="button" ?data-disabled=${full}>
            <input
              type="file"
              class="visually-hidden"
              id=${`${o.id}-camera`}
              accept="image/*"
              capture="environment"
              ?disabled=${full}
              @change=${(e: Event) => picked(upload, e)}
            />${s.takePhoto}
          </label>`}
      <label class="button file-button" part="button" ?data-disabled=${full}>
        <input
          type="file"
          class="visually-hidden"
          id=${`${o.id}-files`}
          accept=${ACCEPT}
          multiple
          ?disabled=${full}
          @change=${(e: Event) => picked(upload, e)}
        />${s.chooseFiles}
      </label>
    </div>
    ${items.length > 0
      ? html`<ul class="upload-list" aria-label=${s.listLabel}>
          ${repeat(items, (it) => it.key, (it) => item(upload, it))}
        </ul>`
      : nothing}
  </fieldset>`;
}

/** The picker's look: its buttons, the list with thumbnails and progress, at 320 px without scrolling. */
export const filePickerLayer = css`
  fieldset.file-picker {
    border: 0;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    min-width: 0;
  }
  fieldset.file-picker legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: calc(var(--_space) / 2);
  }
  .file-button {
    position: relative;
  }
  .file-button:focus-within {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .file-button[data-disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .upload-list {
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .upload-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .upload-thumb {
    flex: none;
    width: 48px;
    height: 48px;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  .upload-doc {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    background: var(--_color-border);
    font-weight: 600;
    font-size: 0.8em;
  }
  .upload-body {
    flex: 1 1 8em;
    display: flex;
    flex-direction: column;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .upload-state.error {
    color: var(--_color-danger);
  }
  .upload-body progress {
    width: 100%;
  }
  .upload-actions {
    display: flex;
    gap: var(--_space);
  }
`;
