import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);

// src/core/data/count.ts
function countPapers(list) {
  const titles = /* @__PURE__ */ new Set();
  for (const section of list.sections) {
    for (const paper of section.papers) titles.add(paper.title);
  }
  return titles.size;
}

export {
  countPapers
};
