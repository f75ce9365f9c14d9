/**
 * Form fields (styled by `styles/form.ts`): a real `<label for>`, the control, a hint and an error, the
 * latter two tied to the control with `aria-describedby`; `aria-invalid` while in error. The error
 * element is always rendered (empty when valid) and is `aria-live="polite"`, so a message is announced
 * when it appears. `textField`, `selectField` and `checkbox` are the usual controls (`textAreaField`,
 * with its character counter, is in `./text-area.ts`); `field` wraps any other.
 *
 * @csspart field - A form field: label, control, hint and error.
 * @csspart label - A field's label.
 * @csspart input - A field's control (input, select or text box).
 * @csspart hint - A field's hint.
 * @csspart error - A field's error, shown while it is in error.
 * @csspart choice - A checkbox or radio choice with its label.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/** What a control needs to be tied to its label, hint and error. */
export interface FieldControlAttrs {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
}

export interface FieldOptions {
  /** Unique within the widget's shadow root. */
  id: string;
  label: string;
  hint?: string | undefined;
  /** The message shown when invalid; `undefined` or '' when valid. */
  error?: string | undefined;
  required?: boolean;
  /** Text after the label, e.g. `t.common.optional`. */
  labelSuffix?: string | undefined;
  /** Renders the control with the given attributes. */
  control: (attrs: FieldControlAttrs) => TemplateResult;
}

/** A field around any control (input, select, textarea). */
export function field(o: FieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const errorId = `${o.id}-error`;
  const invalid = !!o.error;
  const describedBy = [hintId, invalid ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return html`<div class="field" part="field">
    <label for=${o.id} part="label"
      >${o.label}${o.labelSuffix ? html` <span class="muted">${/[\u3400-\u9fff]/.test(o.labelSuffix) ? `（${o.labelSuffix}）` : `(${o.labelSuffix})`}</span>` : nothing}</label
    >
    ${o.control({ id: o.id, describedBy, invalid, required: !!o.required })}
    ${o.hint ? html`<span class="hint" id=${hintId!} part="hint">${o.hint}</span>` : nothing}
    <span class="error" id=${errorId} part="error" aria-live="polite">${o.error ?? ''}</span>
  </div>`;
}

export interface TextFieldOptions extends Omit<FieldOptions, 'control'> {
  value: string;
  name?: string;
  type?: 'text' | 'tel' | 'email' | 'search' | 'number' | 'date' | 'password';
  inputmode?: 'text' | 'numeric' | 'tel' | 'search' | 'decimal' | 'email';
  /** Use `off` for sensitive values such as a resident ID number. */
  autocomplete?: string;
  maxlength?: number;
  placeholder?: string;
  onInput: (value: string, event: InputEvent) => void;
  onBlur?: (event: FocusEvent) => void;
  /** E.g. Enter in a one-field step (an SMS code) confirming it. */
  onKeydown?: (event: KeyboardEvent) => void;
}

/** A labelled `<input>`. */
export function textField(o: TextFieldOptions): TemplateResult {
  return field({
    ...o,
    control: (a) =>
      html`<input
        id=${a.id}
        part="input"
        name=${ifDefined(o.name)}
        type=${o.type ?? 'text'}
        inputmode=${ifDefined(o.inputmode)}
        autocomplete=${ifDefined(o.autocomplete)}
        maxlength=${ifDefined(o.maxlength)}
        placeholder=${ifDefined(o.placeholder)}
        aria-describedby=${ifDefined(a.describedBy)}
        aria-invalid=${a.invalid ? 'true' : 'false'}
        ?required=${a.required}
        .value=${live(o.value)}
        @input=${(e: InputEvent) => o.onInput((e.target as HTMLInputElement).value, e)}
        @blur=${(e: FocusEvent) => o.onBlur?.(e)}
        @keydown=${(e: KeyboardEvent) => o.onKeydown?.(e)}
      />`,
  });
}

export interface SelectFieldOptions<V extends string> extends Omit<FieldOptions, 'control'> {
  value: V | '';
  options: ReadonlyArray<{ value: V; label: string }>;
  /** A first, empty choice ("请选择") when nothing is chosen yet. */
  placeholder?: string;
  name?: string;
  onChange: (value: V | '') => void;
}

/** A labelled `<select>`. */
export function selectField<V extends string>(o: SelectFieldOptions<V>): TemplateResult {
  return field({
    ...o,
    control: (a) =>
      html`<select
        id=${a.id}
        part="input"
        name=${ifDefined(o.name)}
        aria-describedby=${ifDefined(a.describedBy)}
        aria-invalid=${a.invalid ? 'true' : 'false'}
        ?required=${a.required}
        @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value as V | '')}
      >
        ${o.placeholder !== undefined
          ? html`<option value="" ?selected=${o.value === ''}>${o.placeholder}</option>`
          : nothing}
        ${o.options.map((opt) => html`<option value=${opt.value} ?selected=${opt.value === o.value}>${opt.label}</option>`)}
      </select>`,
  });
}

export interface CheckboxOptions {
  id: string;
  label: string | TemplateResult;
  checked: boolean;
  required?: boolean;
  error?: string | undefined;
  /** Shown after the label, outside it: e.g. `noticeLink(…)` to read the notice the checkbox agrees to. */
  after?: unknown;
  onChange: (checked: boolean) => void;
}

/** A checkbox inside its label (the label is the 44 px target), with an optional tied error. */
export function checkbox(o: CheckboxOptions): TemplateResult {
  const errorId = `${o.id}-error`;
  return html`<div class="field" part="field">
    <label class="choice" part="choice">
      <input
        id=${o.id}
        type="checkbox"
        .checked=${live(o.checked)}
        ?required=${!!o.required}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(o.error ? errorId : undefined)}
        @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
      />
      <span>${o.label}</span>
    </label>
    ${o.after ?? nothing}
    <span class="error" id=${errorId} part="error" aria-live="polite">${o.error ?? ''}</span>
  </div>`;
}
