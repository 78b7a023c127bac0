/** Small DOM helpers shared by the enhancement modules. */

export function $all<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  return Array.from(root.querySelectorAll<T>(selector));
}

/** Fetches a page of ours as a document (same origin, cookies included). */
export async function fetchDocument(
  url: string,
  init?: RequestInit,
): Promise<{ doc: Document; response: Response }> {
  const response = await fetch(url, {
    credentials: 'same-origin',
    ...init,
    headers: { accept: 'text/html', ...init?.headers },
  });
  const html = await response.text();
  return { doc: new DOMParser().parseFromString(html, 'text/html'), response };
}

/** Replaces `target` with the element of the same id in `doc` (when there is one). */
export function swapById(target: Element, doc: Document): Element | null {
  const fresh = target.id ? doc.getElementById(target.id) : null;
  if (!fresh) return null;
  const adopted = document.importNode(fresh, true);
  target.replaceWith(adopted);
  return adopted;
}

/** Whether a person is typing in (or has typed into) a form inside `root`: never replace it then. */
export function hasUnsentText(root: Element): boolean {
  return $all<HTMLTextAreaElement | HTMLInputElement>(
    root,
    'textarea, input[type=text], input[type=email]',
  ).some((field) => field.value !== field.defaultValue || field === document.activeElement);
}
