// The suggestion issue an accepted candidate becomes: written in the issue form's own format (the
// form's labels, `_No response_` for what is left to the look-up), so the suggestion flow reads it
// exactly as a person's submission. It gives the paper's arXiv link, the section, and a note that
// credits the digest and the maintainer who accepted it; title, authors, venue and year are looked
// up by the arXiv id, as for any suggestion by link.
import type { FormTemplate } from '../form/types.js';

export interface AcceptedPaper {
  id: string;
  section: string;
  /** The digest issue's number and the login of who accepted. */
  digest: number;
  by: string;
}

const NO_RESPONSE = '_No response_';

export function acceptIssueText(
  p: AcceptedPaper,
  form: FormTemplate,
): { title: string; body: string } {
  const answers: Record<string, string> = {
    link: `https://arxiv.org/abs/${p.id}`,
    sections: p.section,
    // Plain text, as a person would type it (an invisible joiner would be cleaned out, with a
    // warning); the pull request quotes it with its mention and reference broken.
    notes: `Found by the digest (#${p.digest}), accepted by @${p.by}.`,
  };
  const body = form.fields
    .map(
      (f) => `### ${f.label}\n\n${answers[f.id] ?? (f.type === 'dropdown' ? 'None' : NO_RESPONSE)}`,
    )
    .join('\n\n');
  return { title: `Add paper: arXiv:${p.id}`, body };
}
