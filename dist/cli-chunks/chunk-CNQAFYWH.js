import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);

// src/core/form/fields.ts
var FORM_FIELD_IDS = [
  "link",
  "title",
  "abbr",
  "venue",
  "year",
  "sections",
  "page",
  "pdf",
  "code",
  "notes"
];
var REQUIRED_FORM_IDS = ["title", "year", "sections"];
var DEFAULT_SUGGESTION_LABEL = "paper-suggestion";
var FIELD_SPECS = [
  {
    id: "link",
    type: "input",
    label: "Link",
    description: "arXiv, DOI, OpenReview or ACL Anthology link (the rest can stay empty): title, authors, venue, year and links are then looked up. Anything typed below wins over what is looked up.",
    placeholder: "https://arxiv.org/abs/1703.09844",
    required: false
  },
  {
    id: "title",
    type: "input",
    label: "Title",
    description: "The full title, as printed on the first page of the paper. Needed when no link is given.",
    placeholder: "Multi-Scale Dense Networks for Resource Efficient Image Classification",
    required: false
  },
  {
    id: "abbr",
    type: "input",
    label: "Abbreviation",
    description: "The short name the paper goes by, if it has one. Leave empty otherwise.",
    placeholder: "MSDNet",
    required: false
  },
  {
    id: "venue",
    type: "input",
    label: "Venue",
    description: "Where it was published, in short form (conference, journal or workshop).",
    placeholder: "ICLR",
    required: false
  },
  {
    id: "year",
    type: "input",
    label: "Year",
    description: "Year of publication, four digits. Needed when no link is given.",
    placeholder: "2018",
    required: false
  },
  {
    id: "sections",
    type: "dropdown",
    label: "Sections",
    description: "Where the paper belongs. Pick several if it fits more than one.",
    required: true,
    multiple: true
  },
  {
    id: "page",
    type: "input",
    label: "Paper page",
    description: "Link to the paper's page at the publisher or on arXiv. A page or a PDF is needed.",
    placeholder: "https://arxiv.org/abs/1703.09844",
    required: false
  },
  {
    id: "pdf",
    type: "input",
    label: "PDF",
    description: "Direct link to the PDF, if there is one.",
    placeholder: "https://arxiv.org/pdf/1703.09844",
    required: false
  },
  {
    id: "code",
    type: "input",
    label: "Code",
    description: "Link to the official code, if it is public.",
    placeholder: "https://github.com/owner/repository",
    required: false
  },
  {
    id: "notes",
    type: "textarea",
    label: "Notes",
    description: "Anything the maintainers should know. This is not added to the list.",
    required: false
  }
];

export {
  FORM_FIELD_IDS,
  REQUIRED_FORM_IDS,
  DEFAULT_SUGGESTION_LABEL,
  FIELD_SPECS
};
