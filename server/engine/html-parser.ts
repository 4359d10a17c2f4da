// parse5 behind a module of our own: html.ts requires it on first use, and a
// require of the package itself would bundle its CommonJS build (20 KB more)
// beside the ES module build that everything else imports.
export { parse, parseFragment } from 'parse5';
