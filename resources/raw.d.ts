// Vite (electron-vite for main, vitest for tests) imports a file's text with the `?raw` suffix.
declare module '*?raw' {
  const text: string;
  export default text;
}
