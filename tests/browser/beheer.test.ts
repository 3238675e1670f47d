import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, type AxeViolation } from '../helpers/axe.ts';
import { useSite } from '../helpers/site.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

// The browser CMS on /beheer/ (src/pages/beheer/index.astro) against its local backend (decap-server,
// as `npm run beheer` starts it) on a copy of content/: a save changes exactly the field's lines, a
// refused value writes nothing, and the page asks nothing of another host. The built page is served
// as a host serves it; its requests to /beheer/api/ go to decap-server, as `astro dev` passes them on.
const site = useSite();

let repository = '';
let backend: ChildProcess | undefined;
let page: Page;
/** Every address the page asked for. */
const requested: string[] = [];

const DOMAIN = 'content/2020/domeinen/gezondheid.md';
const GLOSSARY = 'content/begrippen.yaml';
const original = (file: string) => readFileSync(file, 'utf8');
const saved = (file: string) => readFileSync(join(repository, file), 'utf8');

/** Violations that come from Decap CMS's own markup, which we cannot change (see docs/beheer.md). */
const CMS_OWN: Record<string, string> = {
  // A list item's buttons to open and remove it are icons without a name.
  'button-name': 'icon buttons of list items',
  // A list item's drag handle is a role="button" without a name.
  'aria-command-name': 'drag handles of list items',
  // The Markdown editor (also in raw mode) is a contenteditable role="textbox" without a name.
  'aria-input-field-name': 'the Markdown editor',
  // The badge "Niet-opgeslagen wijzigingen" and the arrow of the button Publiceer.
  'color-contrast': 'the unsaved-changes badge and the publish menu button',
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  repository = mkdtempSync(join(tmpdir(), 'twente-beheer-'));
  cpSync('content', join(repository, 'content'), { recursive: true });
  const port = await freePort();
  backend = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repository, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const api = `http://127.0.0.1:${port}/api/v1`;
  for (let tries = 0; ; tries++) {
    const ready = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (tries > 50) throw new Error('decap-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.on('request', (request) => requested.push(request.url()));
  await context.route(`${site.origin}/beheer/api/`, async (route) => {
    const response = await fetch(api, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: route.request().postData() ?? '',
    });
    await route.fulfill({ status: response.status, contentType: 'application/json', body: await response.text() });
  });
  page = await context.newPage();
  // Decap asks (window.confirm) before leaving an entry it still thinks unsaved; Playwright would dismiss
  // that question and so cancel the way to the next entry. A test leaves only after it saved or checked.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${site.origin}/beheer/`);
  // Locally there is nothing to sign in to: the button opens the CMS on the local backend.
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByText('Domein 2020').first().waitFor();
}, 60_000);

afterAll(async () => {
  await page?.context().close();
  backend?.kill();
  if (repository) rmSync(repository, { recursive: true, force: true });
});

/**
 * Opens an entry the way staff do: the collection, then the entry by its title. (Changing only the
 * address between two files of one collection showed the second one empty: see docs/beheer.md.)
 */
async function openEntry(collection: string, title: string): Promise<void> {
  await page.goto(`${site.origin}/beheer/#/collections/${collection}`);
  await page.getByText(title, { exact: true }).first().click();
}

async function publish(): Promise<void> {
  await page.getByRole('button', { name: 'Publiceer' }).click();
  await page.getByRole('menuitem', { name: 'Publiceer nu' }).click();
}

describe('the browser CMS on /beheer/', () => {
  it('refuses "veel" as an amount with the message of check:content, keeps what was typed and writes nothing', async () => {
    await openEntry('domeinen-2020', 'Gezondheid');
    const amount = page.getByLabel('Bijdrage', { exact: true });
    await amount.fill('veel');
    await publish();
    await expect
      .poll(() => page.getByText('[bedrag]').first().textContent())
      .toBe(
        'verwacht een heel bedrag in euro\'s, gevonden "veel" (schrijf het hele getal zonder punten, komma\'s of woorden als "miljoen", bijvoorbeeld 18165000) [bedrag]',
      );
    expect(await amount.inputValue()).toBe('veel');
    expect(saved(DOMAIN)).toBe(original(DOMAIN));
  });

  it("saves a domain's contribution as exactly that one line, and the content stays valid", async () => {
    await page.getByLabel('Bijdrage', { exact: true }).fill('18200000');
    await publish();
    await expect.poll(() => saved(DOMAIN)).not.toBe(original(DOMAIN));
    expect(saved(DOMAIN)).toBe(original(DOMAIN).replace('\nbijdrage: 18165000\n', '\nbijdrage: 18200000\n'));
    expect(validateContent(join(repository, 'content')).errors).toEqual([]);
  });

  it("saves a glossary entry's explanation as exactly its lines, and the content stays valid", async () => {
    await openEntry('lijsten', 'Begrip');
    const term = page.getByText('Fte (fte)', { exact: true });
    // The item's first button opens it.
    await term.locator('xpath=..').getByRole('button').first().click();
    await page.getByLabel('Uitleg', { exact: true }).filter({ visible: true }).fill('Voltijdbaan: twee halve banen zijn samen 1 fte.');
    await publish();
    await expect.poll(() => saved(GLOSSARY)).not.toBe(original(GLOSSARY));
    expect(saved(GLOSSARY)).toBe(
      original(GLOSSARY).replace(
        '    uitleg: Voltijdbaan (fulltime-equivalent). Twee medewerkers die elk de helft van\n      een volle werkweek werken, zijn samen 1 fte.\n',
        '    uitleg: "Voltijdbaan: twee halve banen zijn samen 1 fte."\n',
      ),
    );
    expect(validateContent(join(repository, 'content')).errors).toEqual([]);
  });

  it('asks nothing of another host', () => {
    expect(requested.length).toBeGreaterThan(5);
    expect(requested.filter((url) => new URL(url).origin !== site.origin)).toEqual([]);
  });

  it('has no accessibility violations of its own (axe, WCAG 2.2 AA), apart from those in Decap CMS listed above', async () => {
    await openEntry('domeinen-2020', 'Gezondheid');
    await page.getByLabel('Bijdrage', { exact: true }).waitFor();
    const violations: AxeViolation[] = await axeViolations(page);
    expect(
      violations.filter((violation) => !(violation.id in CMS_OWN)).map(({ id, help, nodes }) => `${id}: ${help} (${nodes.length})`),
    ).toEqual([]);
  });
});
