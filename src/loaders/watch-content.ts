import type { LoaderContext } from 'astro/loaders';
import { forgetContentModel } from '../validation/content-model.ts';

type Refresh = () => void | Promise<void>;

/**
 * In `astro dev`: when a file in content/ changes, the content is read again once, and then every
 * collection takes its part of the new model. One listener for all collections, so a saved file is
 * parsed once, not once per collection. Astro removes loaders' listeners before each full sync, in
 * which every loader registers again; the listener is then attached again.
 */
export function whenContentChanges(context: LoaderContext, contentDir: string, collection: string, refresh: Refresh): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  shared ??= { subscribers: new Map(), listener: () => undefined };
  const { subscribers } = shared;
  subscribers.set(collection, refresh);
  if (!watcher.listeners('change').includes(shared.listener)) {
    shared.listener = (path: string) => {
      if (!path.startsWith(contentDir)) return;
      forgetContentModel(contentDir);
      queue = queue.then(async () => {
        for (const [name, update] of subscribers) {
          try {
            await update();
          } catch (error) {
            logger.error(`Updating collection ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      });
    };
    watcher.add(contentDir);
    for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, shared.listener);
  }
}

let shared: { subscribers: Map<string, Refresh>; listener: (path: string) => void } | undefined;
let queue: Promise<void> = Promise.resolve();
