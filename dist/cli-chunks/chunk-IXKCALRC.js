import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  FIELD_SPECS,
  REQUIRED_FORM_IDS
} from "./chunk-6SWOY4OF.js";
import {
  failure,
  require_dist,
  success
} from "./chunk-3YN6SMB7.js";
import {
  __toESM
} from "./chunk-XQCVUMMA.js";

// src/core/form/template.ts
var import_yaml = __toESM(require_dist(), 1);
var q = (s) => JSON.stringify(s);
function fieldLines(spec, sections) {
  const lines = [`  - type: ${spec.type}`, `    id: ${spec.id}`, "    attributes:"];
  lines.push(`      label: ${q(spec.label)}`, `      description: ${q(spec.description)}`);
  if (spec.placeholder !== void 0) lines.push(`      placeholder: ${q(spec.placeholder)}`);
  if (spec.type === "dropdown") {
    lines.push(`      multiple: ${spec.multiple === true}`, "      options:");
    for (const s of sections) lines.push(`        - ${q(s)}`);
  }
  lines.push("    validations:", `      required: ${spec.required}`);
  return lines;
}
var ALWAYS_ASKED = /* @__PURE__ */ new Set(["link", "title", "year", "sections", "page", "notes"]);
function moreLines(field) {
  const lines = [`  - type: input`, `    id: ${q(field.id)}`, "    attributes:"];
  lines.push(`      label: ${q(field.label)}`, `      description: ${q(field.description)}`);
  if (field.placeholder !== void 0) lines.push(`      placeholder: ${q(field.placeholder)}`);
  lines.push("    validations:", `      required: ${field.required === true}`);
  return lines;
}
function buildFormTemplate(sections, opts) {
  const lines = [
    '# The "suggest a paper" form. paperlist reads the answers by field id: reword labels and',
    '# descriptions freely, but keep the ids. The bot keeps the options of "sections" in step with',
    "# the sections of the data file.",
    `name: ${q("Suggest a paper")}`,
    `description: ${q("Propose a paper for the list. A bot checks it and opens a pull request.")}`,
    `title: ${q("[Paper]: ")}`,
    "labels:",
    `  - ${q(opts.label)}`,
    "body:",
    "  - type: markdown",
    "    attributes:",
    `      value: ${q("Fill in what you know. A bot checks the answers and replies here, either with a pull request that adds the paper or with what needs fixing. Edit the issue to fix an answer; the bot checks it again.")}`
  ];
  const shown = opts.fields;
  for (const spec of FIELD_SPECS) {
    if (shown && !shown.own.has(spec.id) && !ALWAYS_ASKED.has(spec.id)) continue;
    lines.push(...fieldLines(spec, sections));
    if (spec.id === "year") for (const more of shown?.more ?? []) lines.push(...moreLines(more));
  }
  return lines.join("\n") + "\n";
}
function at(file, text, offset) {
  if (offset === void 0) return { file };
  const before = text.slice(0, offset);
  return { file, line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}
function problemAt(file, text, node, p) {
  return { ...at(file, text, node?.range?.[0]), ...p };
}
var str = (v) => typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : void 0;
function optionList(raw) {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((o) => {
    const label = typeof o === "object" && o !== null ? str(o.label) : str(o);
    return label === void 0 ? [] : [label];
  });
}
function formLabels(raw) {
  if (Array.isArray(raw)) return raw.flatMap((l) => str(l) ?? []);
  if (typeof raw !== "string") return [];
  return raw.split(",").map((l) => l.trim()).filter((l) => l !== "");
}
function readField(item, itemNode, i, source) {
  if (typeof item !== "object" || item === null) return void 0;
  const {
    id: rawId,
    type,
    attributes: rawAttributes,
    validations: rawValidations
  } = item;
  const id = str(rawId);
  if (id === void 0) return void 0;
  const attributes = rawAttributes ?? {};
  const validations = rawValidations ?? {};
  const label = str(attributes.label);
  if (label === void 0 || label.trim() === "") {
    const node = (0, import_yaml.isMap)(itemNode) || (0, import_yaml.isScalar)(itemNode) ? itemNode : void 0;
    return problemAt(source.file, source.text, node, {
      field: `body[${i}]`,
      message: `the field "${id}" has no label`,
      hint: "give it `attributes.label`: GitHub writes the label above the answer, and paperlist finds answers by it"
    });
  }
  return {
    id,
    label: label.trim(),
    type: str(type) ?? "input",
    multiple: attributes.multiple === true,
    required: validations.required === true,
    options: optionList(attributes.options)
  };
}
function missingIdProblems(fields, file) {
  return REQUIRED_FORM_IDS.filter((id) => !fields.some((f) => f.id === id)).map((id) => ({
    file,
    field: id,
    message: `the issue form has no field with id "${id}"`,
    hint: `add the field back or restore its \`id: ${id}\`; labels can change, ids cannot`
  }));
}
function parseFormTemplate(text, file) {
  const doc = (0, import_yaml.parseDocument)(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return failure(
      doc.errors.map((e) => ({
        ...at(file, text, e.pos[0]),
        message: `the issue form is not valid YAML: ${e.message}`,
        hint: "fix the YAML syntax at this place"
      }))
    );
  }
  const root = doc.toJS();
  const bodyNode = (0, import_yaml.isMap)(doc.contents) ? doc.contents.get("body", true) : void 0;
  if (typeof root !== "object" || root === null || !(0, import_yaml.isSeq)(bodyNode)) {
    return failure([
      problemAt(file, text, doc.contents, {
        field: "body",
        message: "the issue form has no `body` list of fields",
        hint: "an issue form needs a top-level `body:` sequence of fields"
      })
    ]);
  }
  const { labels, body } = root;
  const read = bodyNode.items.map((node, i) => readField(body[i], node, i, { file, text }));
  const fields = read.filter((f) => f !== void 0 && "id" in f);
  const problems = [
    ...read.filter((f) => f !== void 0 && !("id" in f)),
    ...missingIdProblems(fields, file)
  ];
  if (problems.length > 0) return failure(problems);
  return success({ labels: formLabels(labels), fields });
}

export {
  buildFormTemplate,
  parseFormTemplate
};
