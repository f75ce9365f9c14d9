/**
 * The job search form: a keyword, and the filters — occupation, type of work, district, a minimum
 * monthly pay in yuan — in a disclosure that shows it opens and says how many are set. The pay is
 * taken as people type it ("8000", "8,000", full-width "８０００") and sent as fen.
 */
import type { DistrictCode, EmploymentType, Occupation } from '@unionkit/sdk/types';
import { html, type TemplateResult } from 'lit';
import { disclosure } from '../internal/disclosure.js';
import { normaliseNumber } from '../internal/normalise.js';
import { selectField, textField } from '../internal/views/fields.js';
import type { Translation } from '../internal/localize/translation.js';
import type { JobListingsStrings } from './strings.js';

export interface Filters {
  q: string;
  occupation: Occupation | '';
  employmentType: EmploymentType | '';
  district: DistrictCode | '';
  /** Whole yuan as typed; sent as fen. */
  salaryYuan: string;
}

export const EMPTY_FILTERS: Filters = { q: '', occupation: '', employmentType: '', district: '', salaryYuan: '' };

export interface JobQuery {
  q?: string;
  occupation?: Occupation;
  employmentType?: EmploymentType;
  district?: DistrictCode;
  /** Fen. */
  salaryMin?: number;
}

/** The search the filters ask for, or `undefined` when the minimum pay is not a whole amount ≥ 0. */
export function toQuery(f: Filters): JobQuery | undefined {
  const salary = normaliseNumber(f.salaryYuan).trim();
  if (salary && !/^\d{1,7}$/.test(salary)) return undefined;
  const q = f.q.trim();
  return {
    ...(q ? { q } : {}),
    ...(f.occupation ? { occupation: f.occupation } : {}),
    ...(f.employmentType ? { employmentType: f.employmentType } : {}),
    ...(f.district ? { district: f.district } : {}),
    ...(salary ? { salaryMin: Number(salary) * 100 } : {}),
  };
}

export interface SearchContext {
  s: JobListingsStrings;
  t: Translation;
  filters: Filters;
  salaryError: string;
  open: boolean;
  toggle: () => void;
  set: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  submit: (e: Event) => void;
}

export function renderSearch(c: SearchContext): TemplateResult {
  const { s, filters: f } = c;
  const enums = { ...c.t.enums, ...s.enums };
  const active = [f.occupation, f.employmentType, f.district, f.salaryYuan.trim()].filter(Boolean).length;
  return html`<form class="search" part="search" role="search" novalidate @submit=${c.submit}>
    ${textField({
      id: 'job-q',
      label: s.searchLabel,
      type: 'search',
      inputmode: 'search',
      value: f.q,
      placeholder: s.searchPlaceholder,
      maxlength: 100,
      onInput: (v) => c.set('q', v),
    })}
    ${disclosure({
      id: 'job-filters',
      label: s.filters,
      count: s.activeCount(active),
      open: c.open,
      onToggle: c.toggle,
      part: 'filters',
      content: html`${selectField<Occupation>({
        id: 'job-occupation',
        label: s.occupation,
        value: f.occupation,
        placeholder: s.anyOption,
        options: (Object.keys(enums.occupation) as Occupation[]).map((v) => ({ value: v, label: enums.occupation[v] })),
        onChange: (v) => c.set('occupation', v),
      })}
      ${selectField<EmploymentType>({
        id: 'job-employment',
        label: s.employmentType,
        value: f.employmentType,
        placeholder: s.anyOption,
        options: (Object.keys(enums.employmentType) as EmploymentType[]).map((v) => ({ value: v, label: enums.employmentType[v] })),
        onChange: (v) => c.set('employmentType', v),
      })}
      ${selectField<DistrictCode>({
        id: 'job-district',
        label: s.district,
        value: f.district,
        placeholder: s.anyOption,
        options: (Object.keys(enums.district) as DistrictCode[]).map((v) => ({ value: v, label: enums.district[v] })),
        onChange: (v) => c.set('district', v),
      })}
      ${textField({
        id: 'job-salary',
        label: s.salaryMin,
        hint: s.salaryMinHint,
        error: c.salaryError,
        inputmode: 'numeric',
        value: f.salaryYuan,
        maxlength: 12,
        onInput: (v) => c.set('salaryYuan', v),
      })}`,
    })}
    <button type="submit" part="button button-primary" class="primary">${s.searchButton}</button>
  </form>`;
}
