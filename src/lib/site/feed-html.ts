import { ELEMENT_NODE, parse, renderSync, walkSync, type ElementNode } from 'ultrahtml';

/** Elements a feed reader must never get: they run code, take input, or mean nothing outside the page. */
const DROPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'form', 'button', 'input', 'select', 'textarea', 'svg', 'math']);
/** Attributes that hold one address. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'];
/** Attributes that hold a list of `address width` candidates. */
const SRCSET_ATTRIBUTES = ['srcset'];

const isScriptUrl = (value: string) => /^\s*(?:javascript|vbscript|data:text\/html)/i.test(value);

function absolute(value: string, base: string): string {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return value;
  }
}

function cleanElement(node: ElementNode, base: string): void {
  for (const name of Object.keys(node.attributes)) {
    const value = node.attributes[name]!;
    if (/^on/i.test(name) || name === 'style') delete node.attributes[name];
    else if (URL_ATTRIBUTES.includes(name)) {
      if (isScriptUrl(value)) delete node.attributes[name];
      else node.attributes[name] = absolute(value, base);
    } else if (SRCSET_ATTRIBUTES.includes(name)) {
      node.attributes[name] = value
        .split(',')
        .map((candidate) => candidate.trim())
        .filter(Boolean)
        .map((candidate) => {
          const [address = '', ...descriptor] = candidate.split(/\s+/);
          return [absolute(address, base), ...descriptor].join(' ');
        })
        .join(', ');
    }
  }
}

/**
 * An article's HTML as a feed carries it (`content:encoded`): every address made
 * absolute against the page's own URL (a feed reader has no base, and links to
 * sections must lead back to the page), no scripts, styles, event handlers or
 * form controls, and none of the page's own furniture (the «#» links beside headings).
 */
export function feedHtml(html: string, pageUrl: string): string {
  const doc = parse(html);
  const dropped: { node: ElementNode; parent: { children: unknown[] } }[] = [];
  walkSync(doc, (node, parent) => {
    if (node.type !== ELEMENT_NODE) return;
    const element = node as ElementNode;
    const classes = (element.attributes.class ?? '').split(/\s+/);
    if (DROPPED_ELEMENTS.has(element.name.toLowerCase()) || classes.includes('heading__anchor')) {
      dropped.push({ node: element, parent: parent as unknown as { children: unknown[] } });
      return;
    }
    cleanElement(element, pageUrl);
  });
  for (const { node, parent } of dropped) parent.children = parent.children.filter((child) => child !== node);
  return renderSync(doc).trim();
}
