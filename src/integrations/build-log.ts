import type { AstroLoggerDestination, AstroLoggerLevel, AstroLoggerMessage } from 'astro';
import nodeLogger from 'astro/logger/node';

/** Astro's line for each page it writes ("  ├─ /2020/index.html"), and its time (" (+12ms)"), after colour codes. */
/* eslint-disable no-control-regex -- the lines start with terminal colour codes (ESC [ ... m) */
const PAGE_LINE = /^\s*(?:\u001b\[[\d;]*m)*├─/;
const PAGE_TIME = /^\s*(?:\u001b\[[\d;]*m)*\s*\((?:\+\d+ms|cached|restored)\)/;
/* eslint-enable no-control-regex */

/**
 * Astro's own log, without a line per page: a build of 5.000 pages would print 5.000 lines that say
 * nothing the closing "N page(s) built in" line does not. Everything else passes unchanged, in
 * `astro build` and `astro dev` alike (set in astro.config.mjs, `logger`).
 */
export default function buildLog(config: { level?: AstroLoggerLevel } = {}): AstroLoggerDestination {
  const node = nodeLogger(config);
  return {
    write(message: AstroLoggerMessage) {
      if (message.level === 'info' && message.label === null && PAGE_LINE.test(message.message)) return;
      if (message.level === 'info' && message.label === 'SKIP_FORMAT' && PAGE_TIME.test(message.message)) return;
      node.write(message);
    },
  };
}
