import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { AXE_TOOL } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { requireDist } from './dist.ts';
import { serveDist } from '../../scripts/lib/static-server.ts';

/** The built site served on localhost, with a Chromium, for the tests of one file. */
export interface Site {
  browser: Browser;
  origin: string;
  /** Every path the server was asked for, in order. */
  requests: string[];
}

/**
 * Serves dist/ (or the folder `root()` returns) and starts Chromium before the file's tests, and
 * stops both after them.
 */
export function useSite(root?: () => string): Site {
  const site = {} as Site;
  let server: Server | undefined;
  beforeAll(async () => {
    if (!root) requireDist();
    const served = await serveDist(root?.(), { tools: AXE_TOOL });
    server = served.server;
    site.origin = served.origin;
    site.requests = served.requests;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}
