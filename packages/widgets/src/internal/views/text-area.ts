/**
 * A text box with a limit the worker can see: a labelled `<textarea>` (through `field`) with a character
 * counter tied to it, counted as a person counts (`countCharacters`: an emoji is one), and the check
 * the send runs before anything leaves. Its own module, so that pages without a text box (the
 * service map, the insurance plan list) do not load the counting.
 */
import { countCharacters } from '@unionkit/sdk/validators';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { field, type FieldOptions } from './fields.js';

/** How many characters the trimmed text is over `max` (0 when within it). */
export function charactersOver(value: string, max: number): number {
  return Math.max(0, countCharacters(value.trim()) - max);
}

export interface TextAreaFieldOptions extends Omit<FieldOptions, 'control'> {
  value: string;
  /** At most this many characters of the trimmed text, counted as a worker sees them (`countCharacters`). */
  max: number;
  /** The counter and the over-the-limit message (`t.common`). */
  words: { characterCount: (count: number, max: number) => string; tooManyCharacters: (over: number, max: number) => string };
  onInput: (value: string) => void;
}

/**
 * A labelled `<textarea>` with a character counter tied to it, which turns to an error (the field's own
 * `error` first) once the text is over `max`.
 */
export function textAreaField(o: TextAreaFieldOptions): TemplateResult {
  const count = countCharacters(o.value.trim());
  const over = Math.max(0, count - o.max);
  const countId = `${o.id}-count`;
  return field({
    ...o,
    error: o.error || (over ? o.words.tooManyCharacters(over, o.max) : ''),
    control: (a) =>
      html`<textarea
          id=${a.id}
          part="input"
          autocomplete="off"
          ?required=${a.required}
          aria-invalid=${a.invalid ? 'true' : 'false'}
          aria-describedby=${`${a.describedBy ?? ''} ${countId}`.trim()}
          .value=${live(o.value)}
          @input=${(e: InputEvent) => o.onInput((e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <span class="hint count ${over ? 'over' : ''}" id=${countId} aria-live="polite">${o.words.characterCount(count, o.max)}</span>`,
  });
}
