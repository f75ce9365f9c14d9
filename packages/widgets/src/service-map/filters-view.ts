/**
 * The service map's filter form: district (when there is no position), type, amenities (a disclosure
 * that says how many are ticked), "现在营业", and the 筛选 button. What the worker sets here applies only
 * when the form is submitted.
 */
import type { Amenity, DistrictCode, ServicePointType } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { disclosure } from '../internal/disclosure.js';
import { checkbox, selectField } from '../internal/views/fields.js';
import type { Translation } from '../internal/localize/translation.js';
import type { ServiceMapStrings } from './strings.js';

export interface Filters {
  type: ServicePointType | '';
  amenities: Amenity[];
  openNow: boolean;
  district: DistrictCode | '';
}

export interface FiltersContext {
  s: ServiceMapStrings;
  t: Translation;
  filters: Filters;
  /** The host's district when the form offers a district (no position); `undefined` hides the field. */
  district: DistrictCode | '' | undefined;
  amenitiesOpen: boolean;
  toggleAmenities: () => void;
  /** Changes the filters being edited (from their current value, not the rendered one). */
  update: (change: (f: Filters) => Partial<Filters>) => void;
  submit: (e: Event) => void;
}

export function renderFilters(c: FiltersContext): TemplateResult {
  const { s, filters: f } = c;
  const enums = { ...c.t.enums, ...s.enums };
  // The label tables are typed Record<enum, string>, so their keys are every value the contract has.
  const types = Object.keys(enums.servicePointType) as ServicePointType[];
  const amenities = Object.keys(enums.amenity) as Amenity[];
  const toggleAmenity = (a: Amenity, on: boolean) =>
    c.update((now) => {
      const set = new Set(now.amenities);
      if (on) set.add(a);
      else set.delete(a);
      return { amenities: amenities.filter((x) => set.has(x)) };
    });
  return html`<form class="filters" part="filters" novalidate aria-label=${s.filters} @submit=${c.submit}>
    ${c.district !== undefined
      ? selectField<DistrictCode>({
          id: 'sp-district',
          label: s.district,
          value: f.district || c.district,
          placeholder: s.anyDistrict,
          options: (Object.keys(enums.district) as DistrictCode[]).map((v) => ({ value: v, label: enums.district[v] })),
          onChange: (v) => c.update(() => ({ district: v })),
        })
      : nothing}
    ${selectField<ServicePointType>({
      id: 'sp-type',
      label: s.type,
      value: f.type,
      placeholder: s.allTypes,
      options: types.map((v) => ({ value: v, label: enums.servicePointType[v] })),
      onChange: (v) => c.update(() => ({ type: v })),
    })}
    ${disclosure({
      id: 'sp-amenities',
      label: s.amenities,
      count: s.activeCount(f.amenities.length),
      open: c.amenitiesOpen,
      onToggle: c.toggleAmenities,
      content: html`<fieldset class="amenities">
        <legend class="visually-hidden">${s.amenities}</legend>
        ${amenities.map((a) =>
          checkbox({
            id: `sp-amenity-${a}`,
            label: enums.amenity[a],
            checked: f.amenities.includes(a),
            onChange: (on) => toggleAmenity(a, on),
          }),
        )}
      </fieldset>`,
    })}
    <div class="open-now">
      ${checkbox({ id: 'sp-open-now', label: s.openNow, checked: f.openNow, onChange: (on) => c.update(() => ({ openNow: on })) })}
    </div>
    <button type="submit" part="button button-primary" class="primary">${s.applyFilters}</button>
  </form>`;
}
