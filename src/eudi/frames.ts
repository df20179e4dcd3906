/** A nested frame: `{ _sd: [names] }` for disclosure, `{ name: true }` for presentation, per object level. */
export type Frame = { [key: string]: Frame | boolean | string[] };

/** The library's disclosure frame for a list of claim paths (last segment disclosable in its parent). */
export function toFrame(paths: readonly (readonly string[])[]): Frame {
  return frameOf(paths, (parent, name) => {
    const list = (parent['_sd'] as string[] | undefined) ?? [];
    list.push(name);
    parent['_sd'] = list;
  });
}

/** The library's presentation frame for a list of claim paths to disclose. */
export function toPresentationFrame(paths: readonly (readonly string[])[]): Frame {
  return frameOf(paths, (parent, name) => {
    parent[name] = true;
  });
}

/** Builds the nested objects of each path's parents and lets `mark` record the path's last segment there. */
function frameOf(paths: readonly (readonly string[])[], mark: (parent: Frame, name: string) => void): Frame {
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
    mark(node, path[path.length - 1] as string);
  }
  return root;
}
