/** `import css from './x.css?inline'`: the built stylesheet as a string (Vite). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
