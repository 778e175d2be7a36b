// Lint is deliberately narrow: catch regexes that can backtrack catastrophically (principle 5, linear time),
// plus the TypeScript parser so the rule can read .ts files. Style is left to the reviewer.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default [
  { ignores: ['dist/**', 'node_modules/**', 'bench/records/**'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' },
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      'regexp/no-useless-quantifier': 'error',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-dupe-disjunctions': 'error',
    },
  },
];
