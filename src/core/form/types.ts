// The parts of a GitHub issue form that paperlist reads: which labels it puts on the issue and which
// fields it asks for. Labels may be renamed by a list's maintainer; ids are the stable keys.

export interface FormField {
  /** The field's `id`; paperlist's own form uses the ids in FORM_FIELD_IDS. */
  id: string;
  /** The heading GitHub writes above the answer in the issue body. */
  label: string;
  /** `input`, `textarea`, `dropdown` or `checkboxes`. */
  type: string;
  /** A dropdown that accepts several options (answers are joined with `, `). */
  multiple: boolean;
  required: boolean;
  /** Dropdown options, or checkbox labels. */
  options: string[];
}

export interface FormTemplate {
  labels: string[];
  fields: FormField[];
}
