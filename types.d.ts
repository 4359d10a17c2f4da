// Markdown files (rule docs and template clauses) are bundled as text by esbuild.
declare module '*.md' {
  const text: string;
  export default text;
}

// diff 7 ships no types; fedipolicy uses one function (`lint --fix-dry-run`).
declare module 'diff' {
  export function createTwoFilesPatch(oldFileName: string, newFileName: string, oldStr: string, newStr: string, oldHeader?: string, newHeader?: string, options?: { context?: number }): string;
}
