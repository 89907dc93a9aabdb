// @ts-check
/**
 * Lint, and the architecture's import rules (docs/architecture.md): the layers are held here, not in a README.
 * MonitoRSS's user-feeds-next eslint config is the model: restricted imports per layer, no cycles, a size limit
 * per file with named exceptions.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** How import-x reads TypeScript and resolves `./x.js` to `./x.ts`. */
const IMPORT_SETTINGS = {
  ...importX.flatConfigs.typescript.settings,
  'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
};

/** Packages that talk to Discord, the database or the clock's scheduler: never in the pure core. */
const IO_PACKAGES = [
  {
    name: 'discord.js',
    message: 'The pure core knows no Discord: return data and let src/discord render it.',
  },
  { name: 'better-sqlite3', message: 'The pure core knows no database: SQL lives in src/store.' },
  { name: 'node-cron', message: 'The pure core schedules nothing: jobs live in src/delivery.' },
  { name: 'pino', message: 'The pure core does not log: return what happened and let the caller log it.' },
];
const DISCORD_PACKAGES = ['discord.js', '@discordjs/*', 'discord-api-types', 'discord-api-types/*'];

/** Relative imports of the layers above the core. */
const OUTER_LAYERS = [
  '**/config.js',
  '**/store/**',
  '**/discord/**',
  '**/delivery/**',
  '**/ingest/**',
  '**/console/**',
  '**/cli/**',
  '**/main.js',
  '**/commands/**',
];

/** The pure core: page parsing, summarizing, digest building and schedule math, the reply model, shared pieces. */
const CORE = [
  'src/news/**',
  'src/summarize/**',
  'src/digest/**',
  'src/reply/**',
  'src/i18n/**',
  'src/calendar-date.ts',
  'src/query-terms.ts',
  'src/time-zone.ts',
  'src/user-error.ts',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: IMPORT_SETTINGS,
    rules: {
      'import-x/no-cycle': 'error',
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  ...layerRules(),
);

/**
 * One `no-restricted-imports` block per area of the tree (a later block would replace, not extend, an earlier
 * one for the same file, so every file falls in exactly one).
 */
function layerRules() {
  const discord = {
    group: DISCORD_PACKAGES,
    message: 'Only src/discord, commands/ and the console know Discord.',
  };
  const sqlite = { name: 'better-sqlite3', message: 'SQL lives in src/store.' };
  const config = {
    group: ['**/config.js'],
    allowTypeImports: true,
    message: 'Settings come from main.ts as arguments; only entry points read config.ts.',
  };
  const commands = {
    group: ['**/commands/**'],
    message: 'src/discord does not import commands/: main.ts hands them over.',
  };
  const block = (files, ignores, paths, patterns) => ({
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
  });
  const entryPoints = ['src/main.ts', 'src/sharded.ts', 'src/cli/**', 'src/config.ts'];
  return [
    block(CORE, [], IO_PACKAGES, [
      { group: DISCORD_PACKAGES, message: 'The pure core knows no Discord.' },
      {
        group: OUTER_LAYERS,
        message: 'The pure core imports no config, store, Discord adapter, jobs or entry points.',
      },
    ]),
    block(['src/discord/**'], [], [sqlite], [config, commands]),
    block(['commands/**', 'src/console/**'], [], [sqlite], [config]),
    block(['src/store/**'], [], [], [discord, config]),
    block(entryPoints, ['src/cli/deploy.ts', 'src/sharded.ts', 'src/main.ts'], [sqlite], [discord]),
    // Everything else (the jobs in src/delivery, ingest, logger, clock): no Discord, no SQL, no config reads.
    block(
      ['src/**/*.ts'],
      [...CORE, 'src/discord/**', 'src/console/**', 'src/store/**', ...entryPoints],
      [sqlite],
      [discord, config],
    ),
  ];
}
