/**
 * Content does not change during a build, yet every page asks for the same overviews and lists:
 * in a build, each is loaded once and shared. In dev, an edited file must show at once, so
 * nothing is kept.
 */
const cache = new Map<string, Promise<unknown>>();

export function onceInBuild<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return load();
  let value = cache.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load();
    cache.set(key, value);
  }
  return value;
}
