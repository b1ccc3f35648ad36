// The plain data every part of paperlist passes around. No behaviour lives here.

/** One labelled link of a paper, in file order (labels seen in real lists: PAGE, PDF, CODE). */
export interface PaperLink {
  label: string;
  url: string;
}

/** One paper as listed in one section. */
export interface Paper {
  title: string;
  abbr?: string;
  venue?: string;
  /** Always a string; a year written as a YAML number is converted on load. */
  year?: string;
  links: PaperLink[];
  /** Any other per-paper fields (authors, doi, added, ...), kept as loaded. */
  extra: Record<string, unknown>;
}

/** A section of the list: rendered as `### name` under its category heading. */
export interface Section {
  name: string;
  category: string;
  /**
   * The heading as shown, when it differs from the name: a list may repeat a sub-heading
   * (`### 2024` under two venues), and the data file needs one key per section.
   */
  heading?: string;
  papers: Paper[];
}

/** The whole list, sections in file order. */
export interface PaperList {
  sections: Section[];
}
