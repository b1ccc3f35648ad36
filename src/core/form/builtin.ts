// The form paperlist assumes when a list repository has no issue form of its own.
import { DEFAULT_SUGGESTION_LABEL, FIELD_SPECS } from './fields.js';
import type { FormTemplate } from './types.js';

/** paperlist's own form as parsed data, offering the given sections; same fields as buildFormTemplate. */
export function BUILTIN_FORM(
  sections: string[],
  opts: { label: string } = { label: DEFAULT_SUGGESTION_LABEL },
): FormTemplate {
  return {
    labels: [opts.label],
    fields: FIELD_SPECS.map((spec) => ({
      id: spec.id,
      label: spec.label,
      type: spec.type,
      multiple: spec.multiple === true,
      required: spec.required,
      options: spec.type === 'dropdown' ? [...sections] : [],
    })),
  };
}
