import { refuseImage } from './image-error.js';
import { type BadgeSpec, specOfElement } from './keywords.js';

/** A start tag as the scanner read it. */
export interface SvgTag {
  /** The qualified name, e.g. `openbadges:credential`. */
  readonly name: string;
  /** Offset of `<`. */
  readonly start: number;
  /** Offset of the `>` or `/>` that ends the tag (where a new attribute can be written). */
  readonly close: number;
  /** Offset just past the tag. */
  readonly end: number;
  readonly selfClosing: boolean;
  /** Attribute values with their character references resolved. */
  readonly attributes: ReadonlyMap<string, string>;
}

/** A credential element found in the SVG. */
export interface SvgCredential {
  readonly spec: BadgeSpec;
  readonly tag: SvgTag;
  /** Its text content (CDATA and text, references resolved), undefined when the element is empty. */
  readonly content: string | undefined;
  /** Offset just past the element (its end tag, or the tag itself when self-closing). */
  readonly end: number;
}

/** What the scanner found: the root `<svg>` tag, its namespace prefixes, and every credential element. */
export interface SvgScan {
  readonly root: SvgTag;
  readonly rootNamespaces: ReadonlyMap<string, string>;
  readonly credentials: readonly SvgCredential[];
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const MAX_DEPTH = 256;
/** A document type declaration without an internal subset (`<!DOCTYPE svg PUBLIC "…" "…">`): it defines nothing. */
const DOCTYPE =
  /<!DOCTYPE\s+[A-Za-z_][\w.:-]*(?:\s+(?:PUBLIC\s+(?:"[^"]*"|'[^']*')\s+(?:"[^"]*"|'[^']*')|SYSTEM\s+(?:"[^"]*"|'[^']*')))?\s*>/y;

/**
 * Refuses, before anything is scanned, every markup declaration (`<!ENTITY`, `<!ELEMENT`, `<!ATTLIST`, a
 * DOCTYPE with an internal subset `[…]`, anything else starting `<!` that is not a comment or CDATA) — so no
 * entity can be defined or expanded. One DOCTYPE without an internal subset, as SVG editors write, is
 * tolerated: it defines nothing, and its external DTD is never fetched or read.
 */
function refuseDeclarations(svg: string): void {
  const declarations = /<!(?!--|\[CDATA\[)/g;
  let doctypes = 0;
  for (let m = declarations.exec(svg); m !== null; m = declarations.exec(svg)) {
    DOCTYPE.lastIndex = m.index;
    if (doctypes === 0 && DOCTYPE.test(svg)) {
      doctypes += 1;
      continue;
    }
    refuseImage(['svg'], 'ENTITY, internal DTD subset or other markup declaration', { offset: m.index });
  }
}

/** Resolves the five predefined entities and numeric references; any other reference is refused. */
function resolveReferences(text: string, offset: number): string {
  return text.replace(/&([^;&\s]{0,10});?/g, (whole, name: string) => {
    const numeric = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(name);
    const code = numeric === null ? undefined : Number.parseInt(numeric[1] ?? numeric[2] ?? '', numeric[1] ? 16 : 10);
    if (
      whole.endsWith(';') &&
      code !== undefined &&
      code <= 0x10ffff &&
      !(code >= 0xd800 && code <= 0xdfff) &&
      code > 0
    ) {
      return String.fromCodePoint(code);
    }
    const predefined = whole.endsWith(';') ? PREDEFINED[name] : undefined;
    if (predefined === undefined) refuseImage(['svg'], `unknown or malformed reference "${whole}"`, { offset });
    return predefined;
  });
}

function readTag(svg: string, at: number): SvgTag {
  NAME.lastIndex = at + 1;
  const name = NAME.exec(svg)?.[0];
  if (name === undefined) return refuseImage(['svg'], 'malformed start tag', { offset: at });
  let i = at + 1 + name.length;
  const attributes = new Map<string, string>();
  for (;;) {
    ATTRIBUTE.lastIndex = i;
    const m = ATTRIBUTE.exec(svg);
    if (m === null) break;
    const key = m[1] as string;
    if (attributes.has(key)) refuseImage(['svg'], `attribute ${key} repeated in <${name}>`, { offset: i });
    attributes.set(key, resolveReferences(m[2] ?? m[3] ?? '', i));
    i = ATTRIBUTE.lastIndex;
  }
  TAG_END.lastIndex = i;
  const end = TAG_END.exec(svg);
  if (end === null) return refuseImage(['svg'], `malformed tag <${name}>`, { offset: i });
  const close = i + (end[0].length - (end[1] === '/' ? 2 : 1));
  return { name, start: at, close, end: TAG_END.lastIndex, selfClosing: end[1] === '/', attributes };
}

function declarations(tag: SvgTag, parent: ReadonlyMap<string, string>): Map<string, string> {
  const scope = new Map(parent);
  for (const [key, value] of tag.attributes) {
    if (key === 'xmlns') scope.set('', value);
    else if (key.startsWith('xmlns:')) scope.set(key.slice(6), value);
  }
  return scope;
}

function skipPast(svg: string, at: number, terminator: string, what: string): number {
  const found = svg.indexOf(terminator, at);
  if (found === -1) refuseImage(['svg'], `unterminated ${what}`, { offset: at });
  return found + terminator.length;
}

/** Reads a credential element's content: text and CDATA only, up to its end tag. */
function readContent(svg: string, tag: SvgTag): { content: string; end: number } {
  let content = '';
  let i = tag.end;
  for (;;) {
    const lt = svg.indexOf('<', i);
    if (lt === -1) refuseImage(['svg'], `<${tag.name}> is not closed`, { offset: tag.start });
    content += resolveReferences(svg.slice(i, lt), i);
    if (svg.startsWith('<![CDATA[', lt)) {
      const close = skipPast(svg, lt + 9, ']]>', 'CDATA section');
      content += svg.slice(lt + 9, close - 3);
      i = close;
    } else if (svg.startsWith('<!--', lt)) {
      i = skipPast(svg, lt + 4, '-->', 'comment');
    } else if (svg.startsWith(`</${tag.name}`, lt)) {
      TAG_END.lastIndex = lt + 2 + tag.name.length;
      const end = TAG_END.exec(svg);
      if (end === null || end[1] === '/') refuseImage(['svg'], `malformed end tag of <${tag.name}>`, { offset: lt });
      return { content, end: TAG_END.lastIndex };
    } else {
      return refuseImage(['svg'], `<${tag.name}> holds markup other than text or CDATA`, { offset: lt });
    }
  }
}

/**
 * A strict, linear scanner for the one thing microcred reads in an SVG: the credential element. It is not a
 * general XML parser. Refused before anything is read: any `<!` markup declaration (ENTITY, ELEMENT, ATTLIST, a
 * DOCTYPE with an internal subset), so no entity can be defined, expanded or fetched; one DOCTYPE without an
 * internal subset (`<!DOCTYPE svg PUBLIC "…" "…">`, as SVG editors write) is tolerated and never read. While scanning: unterminated comments,
 * CDATA or processing instructions, malformed or mismatched tags, repeated attributes, references other than
 * the five predefined entities and numeric ones, nesting deeper than 256, and a root that is not `<svg>`.
 * Namespace prefixes are resolved per element, so a credential element is found whatever prefix declares it.
 */
export function scanSvg(svg: string): SvgScan {
  refuseDeclarations(svg);
  const stack: { name: string; scope: ReadonlyMap<string, string> }[] = [];
  const credentials: SvgCredential[] = [];
  let root: SvgTag | undefined;
  let rootNamespaces: ReadonlyMap<string, string> = new Map();
  let i = 0;
  for (;;) {
    const lt = svg.indexOf('<', i);
    if (lt === -1) break;
    if (svg.startsWith('<!--', lt)) i = skipPast(svg, lt + 4, '-->', 'comment');
    else if (svg.startsWith('<![CDATA[', lt)) {
      if (stack.length === 0) refuseImage(['svg'], 'CDATA outside the root element', { offset: lt });
      i = skipPast(svg, lt + 9, ']]>', 'CDATA section');
    } else if (svg.startsWith('<!DOCTYPE', lt)) {
      if (root !== undefined) refuseImage(['svg'], 'DOCTYPE after the root start tag', { offset: lt });
      DOCTYPE.lastIndex = lt;
      DOCTYPE.exec(svg);
      i = DOCTYPE.lastIndex;
    } else if (svg.startsWith('<?', lt)) {
      if (root !== undefined) refuseImage(['svg'], 'processing instruction after the root start tag', { offset: lt });
      i = skipPast(svg, lt + 2, '?>', 'processing instruction');
    } else if (svg.startsWith('</', lt)) {
      const open = stack.pop();
      TAG_END.lastIndex = lt + 2 + (open?.name.length ?? 0);
      const end = open === undefined || !svg.startsWith(open.name, lt + 2) ? null : TAG_END.exec(svg);
      if (open === undefined || end === null || end[1] === '/') {
        refuseImage(['svg'], 'end tag does not match the open element', { offset: lt });
      }
      i = TAG_END.lastIndex;
      if (stack.length === 0) break;
    } else {
      if (root !== undefined && stack.length === 0) refuseImage(['svg'], 'a second root element', { offset: lt });
      const tag = readTag(svg, lt);
      const scope = declarations(tag, stack.at(-1)?.scope ?? new Map());
      const colon = tag.name.indexOf(':');
      const prefix = colon === -1 ? '' : tag.name.slice(0, colon);
      const local = tag.name.slice(colon + 1);
      if (root === undefined) {
        if (local !== 'svg') refuseImage(['svg'], `root element is <${tag.name}>, not <svg>`, { offset: lt });
        root = tag;
        rootNamespaces = scope;
      }
      const namespace = scope.get(prefix);
      const spec = namespace === undefined ? undefined : specOfElement(namespace, local);
      if (spec !== undefined && tag !== root) {
        const read = tag.selfClosing ? { content: undefined, end: tag.end } : readContent(svg, tag);
        credentials.push({ spec, tag, content: read.content, end: read.end });
        i = read.end;
        continue;
      }
      i = tag.end;
      if (!tag.selfClosing) {
        if (stack.length >= MAX_DEPTH) refuseImage(['svg'], `nesting deeper than ${MAX_DEPTH}`, { offset: lt });
        stack.push({ name: tag.name, scope });
      } else if (stack.length === 0) break;
    }
  }
  if (root === undefined) return refuseImage(['svg'], 'no <svg> root element', { offset: 0 });
  if (stack.length > 0) refuseImage(['svg'], `<${stack.at(-1)?.name}> is not closed`, { offset: svg.length });
  for (let k = i; k < svg.length; ) {
    if (svg.startsWith('<!--', k)) k = skipPast(svg, k + 4, '-->', 'comment');
    else if (/\s/.test(svg.charAt(k))) k += 1;
    else refuseImage(['svg'], 'content after the root element', { offset: k });
  }
  return { root, rootNamespaces, credentials };
}
