// The reader page's bundled script (see scripts/site-client.mjs), as text.
declare module 'virtual:site-client' {
  const script: string;
  export default script;
}
