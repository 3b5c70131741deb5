import path from 'node:path';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { MDX_COMPONENT_NAMES } from './mdx-component-names.ts';
import { RESERVED_IDS } from '../site/page-ids.ts';
import type { ContentProblem } from './content-problem.ts';

export interface BodyCheckOptions {
  /** Whether a path relative to the project exists (a picture, an imported file or a package folder). */
  exists: (projectPath: string) => boolean;
}

/** Elements that HTML closes by itself and MDX, being JSX, does not. */
const VOID_TAGS = ['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'];
const COMPONENTS_HINT = `Можно: ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')} (см. docs/editing.md).`;

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  alt?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/**
 * Parses the article with the same parser the build uses (Sätteri) and turns
 * each mistake into a Russian message at the line the editor wrote: MDX syntax
 * habits from other editors, unknown components, missing pictures and imports,
 * expressions in headings, ids written twice or taken by the page itself.
 */
export function checkBody(file: string, text: string, options: BodyCheckOptions): ContentProblem[] {
  const isMdx = file.toLowerCase().endsWith('.mdx');
  let tree: Node;
  try {
    tree = (isMdx ? mdxToMdast(text) : markdownToMdast(text)) as MdastNode as unknown as Node;
  } catch (error) {
    return [syntaxProblem(file, text, (error as Error).message)];
  }
  const problems: ContentProblem[] = [];
  const at = (node: Node) => node.position?.start.line;
  const imported = new Set<string>();
  const ids = new Map<string, number | undefined>();
  const components: Node[] = [];
  const dir = path.posix.dirname(file);

  walk(tree, (node, inHeading) => {
    if (node.type === 'mdxjsEsm') {
      for (const name of importedNames(node.value ?? '')) imported.add(name);
      for (const source of importSources(node.value ?? '')) {
        const target = source.startsWith('.') ? path.posix.join(dir, source) : `node_modules/${packageName(source)}`;
        if (!options.exists(target)) {
          problems.push({ file, line: at(node), message: `import: нет файла или пакета «${source}» (искали ${target}). Проверьте путь или уберите import.` });
        }
      }
    }
    if (node.type === 'image' && !node.alt?.trim()) {
      problems.push({ file, line: at(node), message: `у картинки «${node.url}» нет описания: напишите в квадратных скобках ![…](…), что на ней, — его прочтут те, кто картинку не видит.` });
    }
    if (node.type === 'image' && node.url && isLocalPath(node.url)) {
      const target = localTarget(dir, node.url);
      if (!options.exists(target)) {
        problems.push({ file, line: at(node), message: `картинки «${node.url}» нет (искали ${target}). Положите файл рядом со статьёй или поправьте имя в ![…](…).` });
      }
    }
    if ((node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && inHeading) {
      problems.push({ file, line: at(node), message: `в заголовке выражение {${node.value}}: оглавление и ссылка на раздел показали бы его исходный текст. Напишите заголовок обычным текстом.` });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      if (/^[A-Z]/.test(node.name)) components.push(node);
      const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      if (typeof id === 'string') {
        if (RESERVED_IDS.includes(id)) {
          problems.push({ file, line: at(node), message: `id="${id}" уже занят самой страницей (${RESERVED_IDS.join(', ')}), ссылка вела бы не туда. Выберите другой id.` });
        } else if (ids.has(id)) {
          problems.push({ file, line: at(node), message: `id="${id}" уже есть в строке ${ids.get(id)}: у двух элементов не может быть одного id. Выберите другой.` });
        } else {
          ids.set(id, at(node));
        }
      }
    }
  });

  // Components are checked once every import is known: an import may stand below its first use.
  for (const node of components) {
    const root = node.name!.split('.')[0]!;
    if (!(MDX_COMPONENT_NAMES as readonly string[]).includes(root) && !imported.has(root)) {
      problems.push({ file, line: at(node), message: `компонента <${node.name}> нет. ${COMPONENTS_HINT}` });
    }
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Visits every node in document order, saying whether it stands inside a heading. */
function walk(node: Node, visit: (node: Node, inHeading: boolean) => void, inHeading = false): void {
  visit(node, inHeading);
  for (const child of node.children ?? []) walk(child, visit, inHeading || node.type === 'heading');
}

const isLocalPath = (url: string) => !/^(?:[a-z][a-z\d+.-]*:|\/\/|#)/i.test(url);

/** `/x.png` is served from public/; anything else sits beside the article. */
function localTarget(dir: string, url: string): string {
  const clean = decodeURIComponent(url.replace(/[?#].*$/, ''));
  return clean.startsWith('/') ? path.posix.join('public', clean) : path.posix.join(dir, clean);
}

function importSources(esm: string): string[] {
  // The names never hold a quote: `[^'"]` keeps a match from running past an `import './x.css'` into the next import.
  return [...esm.matchAll(/^\s*import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

function importedNames(esm: string): string[] {
  return [...esm.matchAll(/^\s*import\s+([^'"]*?)\s+from\s+['"]/gm)].flatMap((m) =>
    m[1]!
      .replace(/[{}]/g, ',')
      .split(',')
      .map((part) => part.trim().split(/\s+as\s+/).pop()!.replace(/^\*\s*/, ''))
      .filter(Boolean),
  );
}

const packageName = (source: string) => source.split('/').slice(0, source.startsWith('@') ? 2 : 1).join('/');

/**
 * Sätteri says `line:column: English text (rule)`. The text at that place tells
 * which habit it was; each gets the fix in Russian.
 */
export function syntaxProblem(file: string, text: string, message: string): ContentProblem {
  const place = /^(\d+):(\d+)/.exec(message);
  const line = place ? Number(place[1]) : undefined;
  const column = place ? Number(place[2]) : 1;
  const source = line ? (text.split('\n')[line - 1] ?? '') : '';
  const from = source.slice(Math.max(0, column - 1));
  const closing = /Expected a closing tag for `<([^>\s]+)/.exec(message)?.[1];

  let advice: string;
  if (from.startsWith('<!--') || /to create a comment/.test(message)) {
    advice = 'HTML-комментарий <!-- … --> в MDX не работает. Напишите комментарий так: {/* … */}';
  } else if (/^<(?:https?:|mailto:|www\.)/i.test(from)) {
    advice = 'ссылка в угловых скобках <https://…> в MDX не работает. Напишите [текст ссылки](https://…)';
  } else if (closing && VOID_TAGS.includes(closing.toLowerCase())) {
    advice = `в MDX тег <${closing}> закрывается сам: напишите <${closing} />`;
  } else if (closing) {
    advice = `тег <${closing}> открыт, но не закрыт. Допишите </${closing}> или, если это не тег, напишите &lt; вместо <`;
  } else if (/after `<`|before name/.test(message)) {
    advice = 'знак < вплотную к слову MDX читает как начало тега. Поставьте после < пробел или напишите &lt;';
  } else if (/brace/.test(message)) {
    advice = 'фигурная скобка { в MDX открывает выражение. Чтобы показать её как текст, напишите \\{';
  } else {
    advice = `MDX не может прочитать текст: ${message.replace(/^\d+:\d+:\s*/, '')}`;
  }
  return { file, line, message: advice };
}
