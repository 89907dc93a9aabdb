/**
 * `npm run screens`: the main replies, as the fake Discord recorded them, drawn in a Discord-like page and
 * photographed by headless Chromium at desktop and phone widths, into screens/out/ (PNG plus the HTML).
 *
 *   npm run screens                        # both editions, every screen
 *   npm run screens -- --edition seed      # only the seed page
 *   npm run screens -- --only digest,summary
 *   npm run screens -- --docs              # also refresh the pictures in docs/screens/
 *
 * The browser: CHROMIUM_PATH, or /usr/bin/chromium (Debian's `apt-get install chromium`); Chinese text needs a
 * CJK font (`apt-get install fonts-noto-cjk`). Nothing here touches the network: page requests are refused.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { collectScreens } from './driver.js';
import { EDITIONS, type Edition } from './editions.js';
import { renderScreen } from './render-html.js';

export const WIDTHS = { desktop: 1000, phone: 400 } as const;

/** What --only can name (collectScreens makes each, per edition and locale). */
const SCREENS = [
  'headlines',
  'summary',
  'article',
  'search',
  'digest',
  'digest-preview',
  'digest-list',
  'digest-subscribe',
];

/** The pictures kept in docs/screens/ (and shown in the README): the digest and /summary in zh-CN. */
const DOCS = ['seed-digest-zh-CN', 'seed-summary-zh-CN'];
/** A README picture larger than this is a sign the reply has become a wall (or the picture is too big to keep). */
const DOCS_MAX_BYTES = 200 * 1024;

function browserPath(): string {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    console.error(
      `screens: no Chromium at ${candidate}. Install it with \`apt-get install chromium\` (Debian/Ubuntu), ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
    process.exit(2);
  }
  return candidate;
}

function warnWithoutCjkFont(): void {
  try {
    if (execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim()) return;
  } catch {
    return; // No fontconfig to ask; Chromium may still find a font.
  }
  console.warn(
    'screens: no Chinese font found; zh-CN text will be boxes. Install one: `apt-get install fonts-noto-cjk`.',
  );
}

async function shoot(browser: Browser, html: string, width: number, file: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width, height: 120 }, deviceScaleFactor: 1 });
  try {
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.screenshot({ path: file, fullPage: true });
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      edition: { type: 'string', default: 'all' },
      only: { type: 'string' },
      out: { type: 'string', default: 'screens/out' },
      docs: { type: 'boolean', default: false },
    },
  });
  const editions: readonly Edition[] =
    values.edition === 'all' ? EDITIONS : EDITIONS.filter((e) => e === values.edition);
  if (!editions.length) {
    console.error(
      `screens: unknown --edition "${values.edition}"; use one of ${EDITIONS.join(', ')} or all.`,
    );
    process.exit(2);
  }
  const only = values.only
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = only?.filter((n) => !SCREENS.includes(n)) ?? [];
  if (unknown.length) {
    console.error(`screens: unknown --only ${unknown.join(', ')}; the screens are ${SCREENS.join(', ')}.`);
    process.exit(2);
  }
  const outDir = path.resolve(values.out);
  mkdirSync(outDir, { recursive: true });
  const executablePath = browserPath();
  warnWithoutCjkFont();

  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const written: string[] = [];
  const failures: string[] = [];
  try {
    for (const edition of editions) {
      for (const { name, screen, error } of await collectScreens(edition)) {
        const screenName = name.replace(/^(seed|full)-/, '').replace(/-(en-US|zh-CN)$/, '');
        if (only && !only.includes(screenName)) continue;
        if (!screen) {
          failures.push(`${name}: ${error}`);
          continue;
        }
        const html = renderScreen(screen);
        writeFileSync(path.join(outDir, `${name}.html`), html);
        for (const [label, width] of Object.entries(WIDTHS)) {
          const file = path.join(outDir, `${name}-${label}.png`);
          await shoot(browser, html, width, file);
          written.push(file);
        }
      }
    }
  } finally {
    await browser.close();
  }

  for (const f of written)
    console.log(`${path.relative(process.cwd(), f)}  ${Math.round(statSync(f).size / 1024)} KB`);
  if (values.docs) {
    const docsDir = path.resolve('docs/screens');
    mkdirSync(docsDir, { recursive: true });
    for (const stem of DOCS)
      for (const label of Object.keys(WIDTHS)) {
        const from = path.join(outDir, `${stem}-${label}.png`);
        if (!existsSync(from)) continue;
        copyFileSync(from, path.join(docsDir, `${stem}-${label}.png`));
        const kb = Math.round(statSync(from).size / 1024);
        console.log(`docs/screens/${stem}-${label}.png  ${kb} KB`);
        if (statSync(from).size > DOCS_MAX_BYTES)
          console.warn(`screens: docs/screens/${stem}-${label}.png is over ${DOCS_MAX_BYTES / 1024} KB`);
      }
  }
  if (failures.length) {
    console.error(`screens: ${failures.length} screen(s) could not be made:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

await main();
