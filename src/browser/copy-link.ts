// A click on a section link ("#" after a heading) still goes to the section, and also copies the
// section's full address, saying so on screen and to screen readers.
const live = document.querySelector<HTMLElement>('[data-copy-status]');
let timer: ReturnType<typeof setTimeout> | undefined;

function announce(link: HTMLElement, message: string): void {
  if (live) live.textContent = message;
  link.dataset.copied = message;
  clearTimeout(timer);
  timer = setTimeout(() => {
    delete link.dataset.copied;
    if (live) live.textContent = '';
  }, 4000);
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.heading-link') : null;
  if (!link || !navigator.clipboard) return;
  navigator.clipboard.writeText(link.href).then(
    () => announce(link, 'Link gekopieerd'),
    () => announce(link, 'Kopiëren lukte niet; de link staat in de adresbalk'),
  );
});
