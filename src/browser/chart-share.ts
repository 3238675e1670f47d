// <chart-share>: under a chart, "Link naar deze grafiek" still goes to the chart (a plain link, so it
// works without script) and also copies the chart's full address; "Kopieer code" copies the embed
// code. Both say on screen and to screen readers whether copying worked.
class ChartShare extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const link = this.querySelector<HTMLAnchorElement>('[data-chart-link]');
    const code = this.querySelector<HTMLTextAreaElement>('[data-embed-code]');
    const copy = this.querySelector<HTMLButtonElement>('[data-copy-embed]');
    link?.addEventListener('click', () => {
      // The page's own address (without query) with the chart's anchor: the link still scrolls to the chart.
      const url = new URL(link.getAttribute('href') ?? '', `${location.origin}${location.pathname}`).href;
      void this.#copy(url, 'Link gekopieerd', 'Kopiëren lukte niet; de link staat nu in de adresbalk');
    });
    copy?.addEventListener('click', () => {
      if (!code) return;
      void this.#copy(code.value, 'Code gekopieerd', 'Kopiëren lukte niet; de code is geselecteerd, kopieer hem zelf', () => {
        code.focus();
        code.select();
      });
    });
  }

  async #copy(text: string, done: string, failed: string, onFailure?: () => void): Promise<void> {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.#announce(done);
    } catch {
      onFailure?.();
      this.#announce(failed);
    }
  }

  #announce(message: string): void {
    const status = this.querySelector<HTMLElement>('[data-share-status]');
    if (!status) return;
    status.textContent = message;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      status.textContent = '';
    }, 5000);
  }
}

if (!customElements.get('chart-share')) customElements.define('chart-share', ChartShare);
