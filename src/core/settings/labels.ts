// The link labels the README shows and the ones the data file writes: `link-labels` may show a
// label under another text (`PDF` as `Paper`), and what a person typed is read back through it.

/**
 * From the text a README shows for a link to the label the data file uses. A text the data file
 * already uses as a label of its own, shown as itself (`PDF` while `PAGE` is shown as `PDF` too),
 * stays that label: a link typed like its neighbours is labelled like them.
 */
export function dataLabelsOf(
  linkLabels: Readonly<Record<string, string>>,
  inUse: ReadonlySet<string> = new Set(),
): Map<string, string> {
  return new Map(
    Object.entries(linkLabels)
      .filter(([, shown]) => !(inUse.has(shown) && shownLabelOf(shown, linkLabels) === shown))
      .map(([label, shown]) => [shown, label]),
  );
}

/** The text a README shows for a link the data file labels `label` (the renderer's choice). */
export function shownLabelOf(label: string, linkLabels: Readonly<Record<string, string>>): string {
  return Object.hasOwn(linkLabels, label) ? linkLabels[label]! : label;
}
