// Lint rules, including the architecture: imports run one way, app → routes → components/data → url → core,
// and src/core stays free of React, the DOM and Node so it runs in the build, the CLI and the browser.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

const layer = (name) => ({
  regex: `(^|/)(\\.\\./)*(src/)?${name}/`,
  message: `this layer may not import from ${name}/`,
});
const ui = ['react', 'react-dom', 'react-dom/*', 'react-router', '@tanstack/*'];
const nodeOnly = {
  regex: '^(node:|fs$|path$|os$|child_process$|url$)',
  message: 'Node built-ins belong in src/build only',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'bench/.work',
      'public',
      'tests/e2e/.artifacts',
      'tests/e2e/.report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // A spread argument puts every element on the stack: `push(...mentions)` with a 5 MB line of names
      // ended the CLI with "Maximum call stack size exceeded". Loops, pushAll() or reduce() instead.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
          message:
            'no spread arguments in src/: an array of unbounded length overflows the stack (use a loop or pushAll)',
        },
      ],
    },
  },
  // corpus text and URL values must never become markup or code: no HTML sinks (innerHTML, insertAdjacentHTML,
  // document.write …, Mozilla's rule set), no React escape hatch, no eval or Function constructor
  {
    files: ['src/**/*.{ts,tsx}'],
    // the build's dynamic import of its own server bundle is Node code, not a page's
    ignores: ['src/build/**'],
    ...noUnsanitized.configs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'no dangerouslySetInnerHTML: render text as React children',
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: 'no outerHTML: build elements, never markup strings',
        },
      ],
    },
  },
  {
    files: ['src/core/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ui,
          patterns: [
            { group: ui, message: 'src/core is pure TypeScript: no React or UI libraries' },
            nodeOnly,
            layer('build'),
            layer('url'),
            layer('data'),
            layer('routes'),
            layer('components'),
            layer('app'),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
        'require',
        'Buffer',
      ],
    },
  },
  {
    files: ['src/data/**', 'src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeOnly,
            layer('build'),
            layer('app'),
            // links are built in url/, one layer down: no import climbs to a route module
            layer('routes'),
          ],
        },
      ],
    },
  },
  // the URL layer reads and writes the query string and builds every path; it knows only core
  {
    files: ['src/url/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeOnly,
            layer('build'),
            layer('data'),
            layer('components'),
            layer('routes'),
            layer('app'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/routes/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeOnly, layer('build'), layer('app')] }] },
  },
  {
    files: ['src/app/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeOnly, layer('build')] }] },
  },
  {
    files: ['src/build/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer('url'),
            layer('data'),
            layer('routes'),
            layer('components'),
            layer('app'),
            { group: ui, message: 'build is Node-only' },
          ],
        },
      ],
    },
  },
);
