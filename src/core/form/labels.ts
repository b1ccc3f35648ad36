// A field's label in a form: problems name the field the way the contributor saw it, in the status
// comment and in the CLI alike.
import type { FormTemplate } from './types.js';

/** The form's label for the field `id`; the id itself when the form has no such field. */
export function fieldLabel(form: FormTemplate, id: string | undefined): string | undefined {
  return form.fields.find((f) => f.id === id)?.label ?? id;
}
