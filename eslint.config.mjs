import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import importX from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      'dist/',
      'data/',
      'scratch/',
      'test-results/',
      'src/payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'src/app/(payload)/**/*.tsx',
      'src/db/migrations/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    // The house's boundaries (README, "Repository layout"): no import cycles; features (delivery,
    // evaluation, editorial…) never import the server, which composes them; nothing in the
    // product imports the tools (population generator, demo partner) or the tests.
    files: ['**/*.{ts,tsx,mts}'],
    plugins: { 'import-x': importX },
    settings: {
      // Dependencies are parsed as TypeScript too, or a cycle through a .ts file goes unseen.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              from: './src/server',
              message:
                'Features never import the server: their plugins register routes and fast paths ' +
                'in the config (src/http/serverParts.ts) and the server composes them.',
              target: ['./src/!(server|tools)/**/*', './collections/**/*'],
            },
            {
              from: ['./src/tools', './test'],
              message: 'The product never imports the tools or the tests.',
              target: ['./src/!(tools)/**/*', './collections/**/*', './payload.config.ts'],
            },
          ],
        },
      ],
    },
  },
  {
    // Small files that do one thing: a warning past 300 lines or a function past 60.
    files: ['src/**/*.{ts,tsx}', 'collections/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  prettier,
)
