import { $all, fetchDocument } from './dom';
import { enhanceForms } from './forms';

/**
 * Page-level touches: "Xem thêm" appends the next 20 comments in place (the link still works
 * as a link), the outline opens by itself on wide screens and closes after a jump on phones,
 * and the print button appears (printing needs a script to start).
 */
export function enhancePage(root: ParentNode): void {
  for (const link of $all<HTMLAnchorElement>(root, 'a[data-more]')) {
    if (link.dataset.enhanced) continue;
    link.dataset.enhanced = '1';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void loadMore(link);
    });
  }
  const outline = root.querySelector<HTMLDetailsElement>('details[data-outline]');
  if (outline && !outline.dataset.enhanced) {
    outline.dataset.enhanced = '1';
    const wide = window.matchMedia('(min-width: 64rem)');
    outline.open = wide.matches;
    outline.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a') && !wide.matches) outline.open = false;
    });
  }
  // The search filters are a sidebar on a wide screen: open there; on a phone, one tap away.
  for (const details of $all<HTMLDetailsElement>(root, 'details[data-open-wide]')) {
    if (window.matchMedia('(min-width: 64rem)').matches) details.open = true;
  }
  for (const button of $all<HTMLButtonElement>(root, 'button[data-print]')) {
    button.hidden = false;
    button.onclick = () => window.print();
  }
  // "Mục lục" jumps to the outline: open it there too.
  for (const link of $all<HTMLAnchorElement>(root, 'a.to-outline')) {
    link.onclick = () => {
      const details = document.querySelector<HTMLDetailsElement>('details[data-outline]');
      if (details) details.open = true;
    };
  }
}

async function loadMore(link: HTMLAnchorElement): Promise<void> {
  const list = document.querySelector('[data-comment-list]');
  if (!list || link.getAttribute('aria-busy')) return;
  link.setAttribute('aria-busy', 'true');
  try {
    const { doc, response } = await fetchDocument(link.href);
    if (!response.ok) throw new Error(String(response.status));
    const items = $all(doc, '[data-comment-list] > li').filter(
      (li) => !document.getElementById(li.querySelector('article')?.id ?? ''),
    );
    const added = items.map((li) => document.importNode(li, true));
    list.append(...added);
    const nextLink = doc.querySelector<HTMLAnchorElement>('a[data-more]');
    if (nextLink) link.href = nextLink.getAttribute('href') ?? link.href;
    else link.closest('.more')?.remove();
    for (const li of added) {
      enhanceForms(li);
    }
    const first = added[0]?.querySelector<HTMLElement>('article');
    if (first) {
      first.setAttribute('tabindex', '-1');
      first.focus();
    }
  } catch {
    window.location.href = link.href;
  } finally {
    link.removeAttribute('aria-busy');
  }
}
