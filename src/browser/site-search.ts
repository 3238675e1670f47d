// <site-search>: searches the pagefind index as you type. The query and filters live in the URL
// (/zoeken/?q=ggd&soort=Domein), so a search can be shared and reloaded. Keyboard: "/" focuses the
// field, arrow keys move through the results, Enter opens one, Escape goes back to the field.
// Result links are pagefind's: it builds them from the built files and the base path given below.
import { basePath, href, searchIndexPath } from '../urls.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string, options?: { filters?: Record<string, string[]> }): Promise<void>;
  debouncedSearch(
    query: string,
    options?: { filters?: Record<string, string[]> },
    wait?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 10;
/**
 * How long typing must pause before a search runs, in ms. Short enough that results follow the last
 * keystroke within 100 ms (`npm run bench` measures it, key by key); keys typed faster than this
 * (pasting, holding a key) give one search. Meanwhile each keystroke already loads the index parts
 * the words need (pagefind's preload), so the search itself finds them in memory.
 */
const TYPING_PAUSE = 40;
/**
 * Searching as you type starts at this many characters: one letter matches most pages and would load
 * the index parts of every word with that letter and the texts of ten results the reader does not
 * want. Enter, and a shared link, search for any length.
 */
const MIN_TYPED = 2;
const FILTER_KEY = 'soort';

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #input!: HTMLInputElement;
  #results!: HTMLOListElement;
  #status!: HTMLElement;
  #options!: HTMLElement;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const results = this.querySelector<HTMLOListElement>('[data-search-results]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const options = this.querySelector<HTMLElement>('[data-filter-options]');
    if (!form || !input || !results || !status || !options) return;
    [this.#input, this.#results, this.#status, this.#options] = [input, results, status, options];

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    input.addEventListener('input', () => {
      const query = input.value.trim();
      if (query.length >= MIN_TYPED) void this.#load().then((pagefind) => pagefind.preload(query));
      void this.#search({ typed: true });
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') this.#focusResult(0, event);
    });
    results.addEventListener('keydown', (event) => this.#onResultKey(event));
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable]');
      if (event.key === '/' && !typing) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
    void this.#loadFilters(params.getAll(FILTER_KEY)).then(() => {
      if (input.value) void this.#search();
    });
    if (!input.value) input.focus();
  }

  #load(): Promise<Pagefind> {
    // The index is written by the build, under the site's base path; the bundler must leave it alone.
    const url = href(searchIndexPath());
    this.#pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
      // pagefind searches in its web worker (pagefind-worker.js, 12 KB with gzip). Measured without it
      // (noWorker): the search page's Total Blocking Time in Lighthouse rose from 266 to 888 ms.
      await module.options({ excerptLength: 24, baseUrl: basePath() });
      await module.init();
      return module;
    });
    return this.#pagefind;
  }

  async #loadFilters(chosen: string[]): Promise<void> {
    try {
      const filters = (await (await this.#load()).filters())[FILTER_KEY] ?? {};
      for (const [value, count] of Object.entries(filters).sort(([a], [b]) => a.localeCompare(b, 'nl'))) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = FILTER_KEY;
        box.value = value;
        box.checked = chosen.includes(value);
        box.addEventListener('change', () => void this.#search());
        label.append(box, `${value} (${count})`);
        this.#options.append(label);
      }
      this.#options.closest('fieldset')?.removeAttribute('hidden');
    } catch {
      this.#status.textContent = 'Zoeken is nu niet beschikbaar: de zoekindex ontbreekt. Die maakt `npm run build`.';
    }
  }

  async #search({ typed = false } = {}): Promise<void> {
    const query = this.#input.value.trim();
    const kinds = [...this.#options.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const kind of kinds) params.append(FILTER_KEY, kind);
    history.replaceState(history.state, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    if (!query || (typed && query.length < MIN_TYPED)) {
      this.#results.replaceChildren();
      this.#status.textContent = query ? `Zoeken begint bij ${MIN_TYPED} tekens, of druk op Enter.` : '';
      return;
    }
    const pagefind = await this.#load();
    const search = await pagefind.debouncedSearch(query, kinds.length ? { filters: { [FILTER_KEY]: kinds } } : {}, TYPING_PAUSE);
    if (!search) return; // a newer search replaced this one
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (query !== this.#input.value.trim()) return;
    // A reader who already arrowed into the results of a shorter query would lose the focus with them.
    const hadFocus = this.#results.contains(document.activeElement);
    this.#results.replaceChildren(...data.map((result) => this.#render(result)));
    if (hadFocus) this.#input.focus();
    const count = search.results.length;
    const shown = count > MAX_RESULTS ? `, de eerste ${MAX_RESULTS} staan hieronder` : '';
    this.#status.textContent =
      count === 0 ? `Geen resultaten voor "${query}".` : `${count} ${count === 1 ? 'resultaat' : 'resultaten'} voor "${query}"${shown}.`;
  }

  #render(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    meta.textContent = [result.meta.soort, result.meta.bron ?? result.meta.jaar, result.meta.bedrag].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    // Pagefind escapes the page text and only adds <mark> around the words found.
    excerpt.innerHTML = result.excerpt;
    item.append(heading, meta, excerpt);
    return item;
  }

  #focusResult(index: number, event: Event): void {
    const links = [...this.#results.querySelectorAll<HTMLAnchorElement>('h2 a')];
    if (links.length === 0) return;
    event.preventDefault();
    links[Math.max(0, Math.min(index, links.length - 1))]?.focus();
  }

  #onResultKey(event: KeyboardEvent): void {
    const links = [...this.#results.querySelectorAll<HTMLAnchorElement>('h2 a')];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (current === -1) return;
    if (event.key === 'ArrowDown') this.#focusResult(current + 1, event);
    else if (event.key === 'ArrowUp') {
      if (current === 0) {
        event.preventDefault();
        this.#input.focus();
      } else this.#focusResult(current - 1, event);
    } else if (event.key === 'Escape') this.#input.focus();
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
