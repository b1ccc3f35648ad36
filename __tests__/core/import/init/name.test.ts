// The list's name is its top heading as a reader sees it, however the heading is written.
import { expect, test } from 'vitest';
import { listName } from '../../../../src/core/import/init/name.js';

test.each([
  ['# Awesome Halting\n', 'Awesome Halting'],
  [
    '# [Awesome X](https://x.org) [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n',
    'Awesome X',
  ],
  ['# 🔥 Awesome **Early** Exits 🚀 #\n', 'Awesome Early Exits'],
  ['# Exits<img src="logo.png"> &amp; Halts\n', 'Exits & Halts'],
  [
    '![badge](https://b.io/x.svg)\n\n<div align="center">\n  <h1 align="center">Top <b>papers</b></h1>\n</div>\n',
    'Top papers',
  ],
  ['<h1 align="center">\n  Centred Title\n</h1>\n', 'Centred Title'],
  ['Underlined List\n===============\n\n## Part\n', 'Underlined List'],
  ['```sh\n# not a heading\n```\n\n# Real Name\n', 'Real Name'],
  ['# ![logo](logo.png)\n\n# Second Try\n', 'Second Try'],
  ['## Only a section\n', ''],
])('%j is named %j', (readme, name) => {
  expect(listName(readme)).toBe(name);
});
