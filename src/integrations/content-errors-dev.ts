import type { AstroIntegration } from 'astro';
import { contentErrorsError, contentModel } from '../validation/content-model.ts';
import { contentFolder } from '../validation/layout.ts';

/**
 * In `astro dev`: the terminal lists the content's errors when the server starts and after each
 * change that leaves errors. (Pages show them too: src/middleware.ts throws them, and Astro reloads
 * open pages when content changes.) A build needs none of this: it stops on the first reading with errors.
 */
export default function contentErrorsInDev(): AstroIntegration {
  let dir = '';
  let dev = false;
  return {
    name: 'begroting:content-errors-dev',
    hooks: {
      'astro:config:setup': ({ command }) => {
        dev = command === 'dev';
      },
      'astro:config:done': ({ config }) => {
        dir = contentFolder(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        // A build may start a server of its own (it does under vitest): not the one staff look at.
        if (!dev) return;
        report();
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(dir)) return;
          // After the collections' loader has forgotten the old reading (src/loaders/watch-content.ts);
          // saving a file often fires more than one event.
          clearTimeout(timer);
          timer = setTimeout(report, 100);
        });

        function report(): void {
          const { errors } = contentModel(dir);
          if (errors.length > 0) logger.error(contentErrorsError(errors).message);
        }
      },
    },
  };
}
