// <site-search>: searches the pagefind index as you type. The query and filters live in the URL
// (/zoeken/?q=ggd&soort=Domein), so a search can be shared and reloaded. Keyboard: "/" focuses the
// field, arrow keys move through the results, Enter opens one, Escape goes back to the field.
// A question is turned into searches by src/lib/search-query.ts (stop words out, synonyms, a misspelt
// word corrected from the site's own words); their results are merged. The kind filter is applied
// to the merged results, so its counts are those of the current question.
// Result links are pagefind's: it builds them from the built files and the base path given below.
import { mergeResults, planSearches, queryTokens, suggestion, correction, type QueryWords } from '../lib/search-query.ts';
import { bucketOf } from '../lib/site-words.ts';
import { basePath, href, searchIndexPath, searchWordsPath } from '../urls.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
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
/**
 * How much a match in a page's search keywords (data-pagefind-meta "trefwoorden", never shown)
 * counts: four times pagefind's boost for a match in the title (5), as staff chose them for the page.
 */
const KEYWORD_WEIGHT = 20;
const NO_WORDS: QueryWords = { weglaten: [], synoniemen: [] };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const plural = (count: number) => `${count} ${count === 1 ? 'resultaat' : 'resultaten'}`;

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  /** The kind of every indexed page, by pagefind's id; with the kinds in alphabetical order. */
  #kinds?: Promise<{ byId: Map<string, string>; names: string[] }>;
  /** The site's words by their first two letters (src/lib/site-words.ts), loaded for the words typed. */
  #siteWords = new Map<string, Promise<string[]>>();
  #words: QueryWords = NO_WORDS;
  #searchId = 0;
  #input!: HTMLInputElement;
  #results!: HTMLOListElement;
  #status!: HTMLElement;
  #options!: HTMLElement;
  #help!: HTMLElement;
  #boxes = new Map<string, { box: HTMLInputElement; label: HTMLLabelElement; text: Text }>();

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const results = this.querySelector<HTMLOListElement>('[data-search-results]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const options = this.querySelector<HTMLElement>('[data-filter-options]');
    const help = this.querySelector<HTMLElement>('[data-search-help]');
    if (!form || !input || !results || !status || !options || !help) return;
    [this.#input, this.#results, this.#status, this.#options, this.#help] = [input, results, status, options, help];
    try {
      this.#words = { ...NO_WORDS, ...(JSON.parse(this.dataset.words ?? '{}') as Partial<QueryWords>) };
    } catch {
      this.#words = NO_WORDS;
    }

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    input.addEventListener('input', () => {
      const tokens = queryTokens(input.value);
      if (input.value.trim().length >= MIN_TYPED) {
        void this.#load().then((pagefind) => pagefind.preload(tokens.join(' ')));
        void this.#loadSiteWords(input.value);
      }
      void this.#search({ typed: true });
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') this.#focusResult(0, event);
    });
    results.addEventListener('keydown', (event) => this.#onResultKey(event));
    // Links in the status and the help (a suggestion, "all kinds") search again on this page.
    this.addEventListener('click', (event) => this.#onActionClick(event));
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
      await module.options({ excerptLength: 24, baseUrl: basePath(), ranking: { metaWeights: { trefwoorden: KEYWORD_WEIGHT } } });
      await module.init();
      return module;
    });
    return this.#pagefind;
  }

  /** The site's words that start as the words of the query do, for spelling suggestions; none when a file is missing. */
  async #loadSiteWords(query: string): Promise<string[]> {
    // Only words a suggestion could be for (see correction): no stop words, numbers or short words.
    const words = queryTokens(query).filter((token) => token.length >= 4 && !/\d/.test(token) && !this.#words.weglaten.includes(token));
    const buckets = [...new Set(words.map(bucketOf))];
    for (const bucket of buckets) {
      if (!this.#siteWords.has(bucket))
        this.#siteWords.set(
          bucket,
          fetch(href(searchWordsPath(bucket)))
            .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
            .catch(() => []),
        );
    }
    return (await Promise.all(buckets.map((bucket) => this.#siteWords.get(bucket) ?? []))).flat();
  }

  /** Every page's kind: one search per kind without words, which loads no index and no page texts. */
  #loadKinds(): Promise<{ byId: Map<string, string>; names: string[] }> {
    this.#kinds ??= this.#load().then(async (pagefind) => {
      const names = Object.keys((await pagefind.filters())[FILTER_KEY] ?? {}).sort((a, b) => a.localeCompare(b, 'nl'));
      const byId = new Map<string, string>();
      for (const name of names) {
        const search = await pagefind.search(null, { filters: { [FILTER_KEY]: name } });
        for (const result of search?.results ?? []) byId.set(result.id, name);
      }
      return { byId, names };
    });
    return this.#kinds;
  }

  async #loadFilters(chosen: string[]): Promise<void> {
    try {
      const { byId, names } = await this.#loadKinds();
      const totals = this.#countKinds([...byId.values()]);
      for (const name of names) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = FILTER_KEY;
        box.value = name;
        box.checked = chosen.includes(name);
        box.addEventListener('change', () => void this.#search());
        const text = document.createTextNode(`${name} (${totals.get(name) ?? 0})`);
        label.append(box, text);
        this.#options.append(label);
        this.#boxes.set(name, { box, label, text });
      }
      this.#options.closest('fieldset')?.removeAttribute('hidden');
    } catch {
      this.#status.textContent = 'Zoeken is nu niet beschikbaar: de zoekindex ontbreekt. Die maakt `npm run build`.';
    }
  }

  #countKinds(kinds: (string | undefined)[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const kind of kinds) if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    return counts;
  }

  /** Each kind's count for the current question; a kind without results is hidden unless it is chosen. */
  #showCounts(counts: Map<string, number>): void {
    for (const [name, { box, label, text }] of this.#boxes) {
      const count = counts.get(name) ?? 0;
      text.textContent = `${name} (${count})`;
      label.hidden = count === 0 && !box.checked;
    }
  }

  #chosenKinds(): string[] {
    return [...this.#boxes.values()].filter(({ box }) => box.checked).map(({ box }) => box.value);
  }

  async #search({ typed = false } = {}): Promise<void> {
    const id = ++this.#searchId;
    const query = this.#input.value.trim();
    const kinds = this.#chosenKinds();
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const kind of kinds) params.append(FILTER_KEY, kind);
    history.replaceState(history.state, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    if (!query || (typed && query.length < MIN_TYPED)) {
      this.#results.replaceChildren();
      this.#help.replaceChildren();
      this.querySelector('[data-search-empty]')?.setAttribute('hidden', '');
      this.#status.textContent = query ? `Zoeken begint bij ${MIN_TYPED} tekens, of druk op Enter.` : '';
      const kindsLoaded = this.#kinds ? await this.#kinds : undefined;
      if (kindsLoaded) this.#showCounts(this.#countKinds([...kindsLoaded.byId.values()]));
      return;
    }
    if (typed) await wait(TYPING_PAUSE);
    if (id !== this.#searchId) return; // a newer search replaced this one
    const [pagefind, { byId }, siteWords] = await Promise.all([this.#load(), this.#loadKinds(), this.#loadSiteWords(query)]);
    const corrections = new Map<string, string>();
    for (const token of queryTokens(query)) {
      const better = this.#words.weglaten.includes(token) ? undefined : correction(token, siteWords);
      if (better) corrections.set(token, better);
    }
    const planned = planSearches(query, this.#words, corrections);
    const searches = await Promise.all(
      planned.map(async ({ terms, weight }) => ({ weight, results: (await pagefind.search(terms))?.results ?? [] })),
    );
    if (id !== this.#searchId) return;
    const preferred = new Set(this.#words.voorrang ?? []);
    const all = mergeResults(searches, (result) => preferred.has(byId.get(result.id) ?? ''));
    this.#showCounts(this.#countKinds(all.map((result) => byId.get(result.id))));
    const shownResults = kinds.length ? all.filter((result) => kinds.includes(byId.get(result.id) ?? '')) : all;
    const data = await Promise.all(shownResults.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (id !== this.#searchId) return;
    // A reader who already arrowed into the results of a shorter query would lose the focus with them.
    const hadFocus = this.#results.contains(document.activeElement);
    this.#results.replaceChildren(...data.map((result) => this.#render(result)));
    if (hadFocus) this.#input.focus();
    const corrected = suggestion(query, this.#words, siteWords);
    this.#showStatus(query, shownResults.length, all.length, kinds, corrected);
  }

  /** The count, what was searched instead of a misspelling, and never a dead end: a way on when nothing is found. */
  #showStatus(query: string, count: number, unfiltered: number, kinds: string[], corrected: string | undefined): void {
    const shown = count > MAX_RESULTS ? `, de eerste ${MAX_RESULTS} staan hieronder` : '';
    const instead = corrected ? `, gezocht als "${corrected}"` : '';
    const inKinds = kinds.length ? ` bij ${kinds.join(', ')}` : '';
    this.#status.textContent =
      count === 0 ? `Geen resultaten voor "${query}"${inKinds}.` : `${plural(count)} voor "${query}"${inKinds}${instead}${shown}.`;
    const help: HTMLElement[] = [];
    if (corrected) {
      const line = document.createElement('p');
      line.dataset.searchSuggestion = '';
      line.append('Bedoelde u: ', this.#actionLink(corrected, { q: corrected }), '?');
      help.push(line);
    }
    if (count === 0 && kinds.length && unfiltered > 0) {
      const line = document.createElement('p');
      line.append(this.#actionLink(`Toon alle ${plural(unfiltered)}`, { q: query, all: 'ja' }), ` voor "${query}", van elke soort.`);
      help.push(line);
    }
    this.#help.replaceChildren(...help);
    // With no result of any kind, the overviews of the site offer a way on.
    this.querySelector('[data-search-empty]')?.toggleAttribute('hidden', unfiltered > 0);
  }

  /** A link that searches again on this page (and works as a plain link too). */
  #actionLink(text: string, action: { q: string; all?: string }): HTMLAnchorElement {
    const link = document.createElement('a');
    const params = new URLSearchParams({ q: action.q });
    if (!action.all) for (const kind of this.#chosenKinds()) params.append(FILTER_KEY, kind);
    link.href = `${location.pathname}?${params}`;
    link.textContent = text;
    link.dataset.searchAction = action.all ? 'all' : 'query';
    link.dataset.query = action.q;
    return link;
  }

  #onActionClick(event: MouseEvent): void {
    const link = (event.target as HTMLElement | null)?.closest<HTMLAnchorElement>('a[data-search-action]');
    if (!link) return;
    event.preventDefault();
    if (link.dataset.searchAction === 'all') for (const { box } of this.#boxes.values()) box.checked = false;
    this.#input.value = link.dataset.query ?? this.#input.value;
    this.#input.focus();
    void this.#search();
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
