/** A nested frame: `{ _sd: [names] }` for disclosure, `{ name: true }` for presentation, per object level. */
export type Frame = { [key: string]: Frame | boolean | string[] };

/** The library's disclosure frame for a list of claim paths (last segment disclosable in its parent). */
export function toFrame(paths: readonly (readonly string[])[]): Frame {
  const root: Frame = {};
  for (const path of paths) {
    let node = root;
    for (const segment of path.slice(0, -1)) {
      const next = node[segment];
      if (typeof next === 'object' && !Array.isArray(next)) node = next;
      else {
        const created: Frame = {};
        node[segment] = created;
        node = created;
      }
    }
    const list = (node['_sd'] as string[] | undefined) ?? [];
    list.push(path[path.length - 1] as string);
    node['_sd'] = list;
  }
  return root;
}

/** The library's presentation frame for a list of claim paths to disclose. */
export function toPresentationFrame(paths: readonly (readonly string[])[]): Frame {
  const root: Frame = {};
  for (const path of paths) {
    let node = root;
    for (const segment of path.slice(0, -1)) {
      const next = node[segment];
      if (typeof next === 'object' && !Array.isArray(next)) node = next;
      else {
        const created: Frame = {};
        node[segment] = created;
        node = created;
      }
    }
    node[path[path.length - 1] as string] = true;
  }
  return root;
}
