export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
export const ARXIV_NAMESPACE = 'http://arxiv.org/schemas/atom';
export const OPENSEARCH_NAMESPACE = 'http://a9.com/-/spec/opensearch/1.1/';

/**
 * Tests whether the element has this local name in this namespace. Atom elements without any namespace count too, so
 * a hand-written feed that leaves out `xmlns` still reads. Prefixed arXiv elements always have their namespace,
 * because an XML parser rejects an undeclared prefix.
 */
export function isElement(element: Element, namespace: string, localName: string): boolean {
  if (element.localName !== localName) return false;

  return element.namespaceURI === namespace || (namespace === ATOM_NAMESPACE && element.namespaceURI === null);
}

/** Direct child elements only, so that an entry's `<title>` is never confused with the feed's. */
export function childElements(parent: Element, namespace: string, localName: string): Element[] {
  const matches: Element[] = [];

  // Sibling links instead of `parent.children`: jsdom rebuilds that live collection on access, which made a feed of
  // a few thousand entries take seconds.
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (isElement(child, namespace, localName)) matches.push(child);
  }

  return matches;
}

export function firstChild(parent: Element, namespace: string, localName: string): Element | undefined {
  return childElements(parent, namespace, localName)[0];
}

/** Returns the element's text with line breaks and runs of spaces folded to one space, or undefined when blank. */
export function foldedText(element: Element | undefined): string | undefined {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();

  return text ? text : undefined;
}

export function childText(parent: Element, namespace: string, localName: string): string | undefined {
  return foldedText(firstChild(parent, namespace, localName));
}
