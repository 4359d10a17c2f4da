// Markdown files (rule docs and template clauses) are bundled as text by esbuild.
declare module '*.md' {
  const text: string;
  export default text;
}
