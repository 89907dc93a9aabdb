import { beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/cli/ingest.js';
import { capture, useScratch } from './support.js';
import { runSearch } from '../../src/cli/search.js';

const scratch = useScratch('paperboy-search-cli-');

async function ingestSeeds(): Promise<void> {
  const c = capture();
  expect(await runIngest([], c.ingestIo, scratch.env)).toBe(0);
}

function search(...args: string[]) {
  const c = capture();
  const code = runSearch(args, c.searchIo, scratch.env);
  return { code, ...c.io };
}

describe('npm run search', () => {
  beforeEach(ingestSeeds);

  it('finds the Zhoushan article for 舟山镇', () => {
    const r = search('舟山镇');
    expect(r.code).toBe(0);
    expect(r.out).toContain('立足生态优势 打造休闲小镇');
    expect(r.out).toContain('**舟山镇**');
  });

  it('finds the photo item for the two characters 席草', () => {
    expect(search('席草').out).toMatch(
      /^1\. 晒席草 {2}\d{4}-\d{2}-\d{2} {2}\[[0-9a-f]+\]\n {3}.*\*\*席草\*\*/u,
    );
  });

  it('finds the Zhoushan article for the Traditional 舟山鎮', () => {
    expect(search('舟山鎮').out).toContain('立足生态优势 打造休闲小镇');
  });

  it('prints JSON with --json', () => {
    const r = search('--', '席草', '--json');
    const parsed = JSON.parse(r.out) as { total: number; hits: Array<{ title: string; snippet: string }> };
    expect(parsed.total).toBe(1);
    expect(parsed.hits[0]!.title).toBe('晒席草');
  });

  it('says when nothing matches and shows usage without a query', () => {
    expect(search('不存在的词').out).toBe('No results for “不存在的词”.\n');
    const r = search('--json');
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage:');
  });
});
