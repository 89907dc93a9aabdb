/**
 * The import rules of eslint.config.js fail the build where the architecture says they should (and pass on clean
 * code): each case lints a small text as if it were a file at that path in the tree.
 */
import { ESLint } from 'eslint';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal');
}

describe('the architecture rules', () => {
  it.each([
    ['src/news/fixture.ts', "import { Client } from 'discord.js';\nexport const c = Client;\n"],
    ['src/summarize/fixture.ts', "import Database from 'better-sqlite3';\nexport const d = Database;\n"],
    ['src/digest/fixture.ts', "import { loadConfig } from '../config.js';\nexport const l = loadConfig;\n"],
    [
      'src/news/fixture.ts',
      "import { openStore } from '../store/open-store.js';\nexport const o = openStore;\n",
    ],
    ['src/digest/fixture.ts', "import cron from 'node-cron';\nexport const n = cron;\n"],
    ['src/reply/fixture.ts', "import { EmbedBuilder } from 'discord.js';\nexport const e = EmbedBuilder;\n"],
  ])(
    'fail a core file (%s) that imports Discord, the database, config or a scheduler',
    async (path, code) => {
      expect(await ruleIds(path, code)).toContain('no-restricted-imports');
    },
  );

  it('keep discord.js out of the jobs and the store', async () => {
    const code = "import { Client } from 'discord.js';\nexport const c = Client;\n";
    expect(await ruleIds('src/delivery/fixture.ts', code)).toContain('no-restricted-imports');
    expect(await ruleIds('src/store/fixture.ts', code)).toContain('no-restricted-imports');
  });

  it('keep SQL in the store and config reads in the entry points', async () => {
    const sql = "import Database from 'better-sqlite3';\nexport const d = Database;\n";
    expect(await ruleIds('src/ingest/fixture.ts', sql)).toContain('no-restricted-imports');
    expect(await ruleIds('commands/fixture.ts', sql)).toContain('no-restricted-imports');
    const config = "import { loadConfig } from '../src/config.js';\nexport const l = loadConfig;\n";
    expect(await ruleIds('commands/fixture.ts', config)).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        'src/cli/fixture.ts',
        "import { loadConfig } from '../config.js';\nexport const l = loadConfig;\n",
      ),
    ).toEqual([]);
  });

  it('keep the Discord adapter from importing the command modules', async () => {
    const code = "import { COMMANDS } from '../../commands/index.js';\nexport const c = COMMANDS;\n";
    expect(await ruleIds('src/discord/fixture.ts', code)).toContain('no-restricted-imports');
  });

  it('pass a core file that imports only the core', async () => {
    const code =
      "import { calendarDate } from '../calendar-date.js';\nexport const d = calendarDate(2020, 1, 1);\n";
    expect(await ruleIds('src/news/fixture.ts', code)).toEqual([]);
  });

  it('fail a file longer than 400 lines', async () => {
    const code = Array.from({ length: 401 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
    expect(await ruleIds('src/summarize/fixture.ts', code)).toContain('max-lines');
  });

  it('fail an import cycle', () => {
    // The fixture pair lives outside src/, so the tree's own lint run passes; here the cycle rule is turned on
    // for it with the same settings as for src/. In a child process: import-x keeps module state that vitest's
    // module runner does not share with ESLint's own loading of the plugin.
    const script = `
      import { ESLint } from 'eslint';
      import importX from 'eslint-plugin-import-x';
      import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
      const eslint = new ESLint({ overrideConfig: { files: ['tests/lint-fixtures/**/*.ts'], plugins: { 'import-x': importX },
        settings: { ...importX.flatConfigs.typescript.settings,
          'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
        rules: { 'import-x/no-cycle': 'error' } } });
      const [result] = await eslint.lintFiles(['tests/lint-fixtures/cycle/a.ts']);
      console.log(JSON.stringify(result.messages.map((m) => m.ruleId)));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toContain('import-x/no-cycle');
  });
});
