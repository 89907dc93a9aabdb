import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const seedPath = fileURLToPath(new URL('../../seeds/000_4397dc98031408d7.txt', import.meta.url));
const fixtures = fileURLToPath(new URL('../summarize/fixtures', import.meta.url));

describe('npm run summarize', () => {
  it('prints the JSON contract for a page file', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/summarize.ts', seedPath, '--json'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { source: string; articles: Record<string, unknown>[] };
    expect(out.source).toBe(seedPath);
    expect(out.articles).toHaveLength(3);
    for (const a of out.articles)
      expect(Object.keys(a)).toEqual(['id', 'title', 'lede', 'summary', 'keywords']);
    expect(JSON.stringify(out)).not.toMatch(/"(?:lede|summary)":"本报讯/u);
  }, 20_000);

  it('prints an array for a directory and fails cleanly on a missing path', () => {
    const dir = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/summarize.ts', fixtures, '--json'], {
      encoding: 'utf8',
    });
    expect(dir.status).toBe(0);
    expect(JSON.parse(dir.stdout)).toHaveLength(8);
    const missing = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/summarize.ts', 'no/such/dir'], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no\/such\/dir: no such file or directory/u);
    expect(missing.stdout).toBe('');
  }, 20_000);
});
