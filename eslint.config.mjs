// Lint that keeps the layers layers (part of npm test), after vscode-markdown-languageservice's
// eslint.config.mjs: the core is pure (no Node module, nothing of the connection or the editor, and
// only the npm packages listed here); what parses, checks and holds data does not reach up into the
// features; no module imports itself round a cycle.
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** The npm packages the core may import: types of the protocol, a JSON parser with offsets, a diff. */
const CORE_PACKAGES = ['vscode-languageserver-types', 'jsonc-parser', 'diff'];

const nodeModules = ['fs', 'path', 'os', 'url', 'util', 'stream', 'crypto', 'buffer', 'child_process', 'worker_threads', 'http', 'https', 'net', 'module', 'process', 'events', 'assert', 'zlib'];

const PURE = 'The core is pure: it imports no Node module (the server and resolint read files).';

/** The imports no file of the core may have, and more patterns for its lower layers. (A later block replaces the rule whole.) */
function coreImports(...more) {
  return {
    paths: nodeModules.map(name => ({ name, message: PURE })),
    patterns: [
      { group: ['node:*'], message: PURE },
      { group: ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-jsonrpc', 'vscode-jsonrpc/*', 'vscode-languageserver-textdocument'], message: 'The core knows nothing of the connection or the editor: vscode-languageserver-types only.' },
      { regex: `^(?!\\.|(?:${CORE_PACKAGES.join('|')})(?:/|$))`, message: `The core's npm imports are an allowlist: ${CORE_PACKAGES.join(', ')} (eslint.config.mjs).` },
      ...more,
    ],
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-artifacts/**', '**/*.generated.js', '**/*.generated.ts'] },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: false } },
    plugins: { '@typescript-eslint': tseslint.plugin, 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.js', '.json'] } } },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'error',
      'no-debugger': 'error',
      'eqeqeq': ['error', 'smart'],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', coreImports()] },
  },
  {
    files: ['server/src/core/{parse,rules,data,text,negotiation,compare}/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', coreImports(
        { group: ['**/features/*', '../features', './features/*'], message: 'parse/, rules/ and data/ sit below features/: move what both need down.' },
      )],
    },
  },
);
