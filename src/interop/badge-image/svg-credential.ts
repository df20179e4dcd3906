import { refuseImage } from './image-error.js';
import { type BadgeSpec, SVG_ELEMENTS } from './keywords.js';
import { baked, classifyPayload } from './payload.js';
import { scanSvg } from './svg-scan.js';
import type { BakedCredential } from './types.js';

/**
 * The credential baked into an SVG, or undefined when it carries none. The element's JSON body (CDATA)
 * wins; otherwise its `verify` attribute holds a compact JWS (or, for OB 2.0, a hosted assertion URL).
 * More than one credential element is ambiguous and refused.
 */
export function extractSvg(svg: string, maxBytes: number): BakedCredential | undefined {
  const { credentials } = scanSvg(svg);
  const second = credentials[1];
  if (second !== undefined) {
    refuseImage(
      ['svg', 'credential'],
      `a second credential element <${second.tag.name}>`,
      {
        offset: second.tag.start,
      },
      'invalid_combination',
    );
  }
  const found = credentials[0];
  if (found === undefined) return undefined;
  const path = ['svg', found.tag.name];
  const body = found.content?.trim();
  const verify = found.tag.attributes.get('verify');
  if (body !== undefined && body !== '')
    return baked('svg', found.spec, classifyPayload(body, found.spec, path, maxBytes));
  if (verify === undefined)
    return refuseImage(path, 'credential element with neither a body nor a verify attribute', {
      offset: found.tag.start,
    });
  return baked('svg', found.spec, classifyPayload(verify, found.spec, [...path, 'verify'], maxBytes));
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
}

/** A prefix for the namespace: the one the root already declares for it, else `openbadges` or a free variant. */
function prefixFor(namespaces: ReadonlyMap<string, string>, namespace: string): { prefix: string; declare: boolean } {
  for (const [prefix, uri] of namespaces) if (uri === namespace && prefix !== '') return { prefix, declare: false };
  let prefix = 'openbadges';
  for (let n = 2; namespaces.has(prefix); n += 1) prefix = `openbadges${n}`;
  return { prefix, declare: true };
}

/**
 * A copy of the SVG with every credential element removed and one element written as the first child of
 * `<svg>`, its namespace declared on `<svg>`: a compact JWS in the `verify` attribute of an empty element;
 * JSON in a CDATA body (every `<` and `>` written as `\u003c` and `\u003e`, so the text can neither close the
 * CDATA section nor look like a markup declaration), with
 * `verify` set to an OB 2.0 assertion's HTTP(S) `id`.
 */
export function bakeSvg(svg: string, spec: BadgeSpec, credential: string | Readonly<Record<string, unknown>>): string {
  const { root, rootNamespaces, credentials } = scanSvg(svg);
  const { namespace, local } = SVG_ELEMENTS[spec];
  const { prefix, declare } = prefixFor(rootNamespaces, namespace);
  const name = `${prefix}:${local}`;
  let element: string;
  if (typeof credential === 'string') element = `<${name} verify="${escapeAttribute(credential)}"/>`;
  else {
    const id = credential['id'];
    const verify =
      spec === 'ob2' && typeof id === 'string' && /^https?:\/\//.test(id) ? ` verify="${escapeAttribute(id)}"` : '';
    const json = JSON.stringify(credential).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e');
    element = `<${name}${verify}><![CDATA[${json}]]></${name}>`;
  }
  const declaration = declare ? ` xmlns:${prefix}="${namespace}"` : '';
  let out = svg.slice(0, root.close) + declaration;
  if (root.selfClosing) return `${out}>${element}</${root.name}>${svg.slice(root.end)}`;
  out += svg.slice(root.close, root.end) + element;
  let at = root.end;
  for (const c of credentials) {
    out += svg.slice(at, c.tag.start);
    at = c.end;
  }
  return out + svg.slice(at);
}
