import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layering (see docs/architecture.md): shared/ is pure TypeScript and imports nothing
// platform-specific; renderer/ and electron/ may import shared/ but never each other.
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'events', 'stream', 'worker_threads'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', '.tmp/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ is pure: no Node imports.' },
            { group: ['electron', 'electron/*', 'better-sqlite3'], message: 'shared/ is pure: no Electron or native imports.' },
            { group: ['react', 'react-dom', 'react-konva', 'konva', 'konva/*'], message: 'shared/ is pure: no DOM or UI imports.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from electron/ or renderer/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(['**/electron/**', 'electron', 'better-sqlite3', ...nodeBuiltins], 'renderer/ runs in a sandbox: no Node, no electron/ imports.'),
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(['**/renderer/**'], 'electron/ never imports renderer/.'),
  },
  {
    files: ['test/**/*.{ts,js,mjs}', '*.config.{ts,js}', '.ci/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
