// The reader page's stylesheet: system fonts, readable line length, colours with at least 4.5:1
// contrast (light and dark), visible keyboard focus, and controls that stack on a phone.
export const PAGE_CSS = `
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#4a4a4a;--line:#d0d0d0;--link:#0b57d0;--bar:#3b6fd6;--chip:#eef2f8}
@media (prefers-color-scheme:dark){:root{--fg:#ececec;--bg:#141414;--muted:#b8b8b8;--line:#3a3a3a;--link:#8ab4f8;--bar:#6d9cf0;--chip:#222a36}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main{max-width:60rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.8rem;margin:1.2rem 0 .3rem}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.intro,.meta,.auth,.secs{color:var(--muted)}
form{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.6rem;margin:1rem 0}
form .wide{grid-column:1/-1}
form .end{align-self:end}
label{display:block;font-size:.85rem;font-weight:600}
input,select,button{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--muted);border-radius:4px;padding:.35rem .5rem;width:100%}
button{width:auto;cursor:pointer;background:var(--chip)}
#count{font-weight:600}
figure{margin:.5rem 0 1rem}
figcaption{font-size:.85rem;color:var(--muted)}
svg{display:block;width:100%;height:8rem}
.bar{fill:var(--bar)}
svg text{font-size:9px;text-anchor:middle;fill:var(--fg)}
nav ul{padding-left:1.2rem;margin:.2rem 0}
nav>ul{columns:2 16rem}
ol{list-style:none;padding:0}
li[data-paper]{border-top:1px solid var(--line);padding:.6rem 0}
li[data-paper] h3{font-size:1.05rem;margin:0}
li[data-paper] p{margin:.15rem 0}
.links a{margin-right:.7rem}
.links button{padding:.05rem .5rem;font-size:.85rem}
.offscreen{position:fixed;left:-9999px;top:0}
@media (max-width:36rem){h1{font-size:1.4rem}form{grid-template-columns:1fr 1fr}}
`.trim();
