import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'tests/e2e/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Every visible string goes through the message catalogue, in both languages.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: 'JSXText[value=/[A-Za-zÆØÅæøå]/]', message: 'Visible text goes through the message catalogue (defineMessages).' },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|title|alt|placeholder)$/] > Literal[value=/[A-Za-zÆØÅæøå]/]',
          message: 'Visible text goes through the message catalogue (defineMessages).',
        },
      ],
    },
  },
  {
    // The engine is a pure island: it runs in the browser, a worker and Node alike.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'The engine must not depend on React.' },
          { group: ['zustand', 'zustand/*', 'zundo'], message: 'The engine must not depend on the store.' },
          { group: ['recharts', '**/store/**', '**/features/**', '**/ui/**', '**/charts/**', '**/app/**', '**/i18n/**'], message: 'The engine imports only itself, decimal.js and zod.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
);
