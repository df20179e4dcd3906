import type { Arith } from './arith.js';

/** A flow network on adjacency arrays; capacities are exact scaled integers. */
export interface Network<N> {
  readonly nodes: number;
  readonly to: number[];
  readonly cap: N[];
  readonly next: number[];
  readonly head: number[];
}

/** An empty network with `nodes` nodes. */
export function network<N>(nodes: number): Network<N> {
  return { nodes, to: [], cap: [], next: [], head: new Array<number>(nodes).fill(-1) };
}

/** Adds an edge and its residual twin (edge `e` and `e ^ 1`). */
export function addEdge<N>(net: Network<N>, ar: Arith<N>, from: number, to: number, capacity: N): void {
  for (const [a, b, c] of [
    [from, to, capacity],
    [to, from, ar.zero],
  ] as const) {
    net.to.push(b);
    net.cap.push(c);
    net.next.push(net.head[a] as number);
    net.head[a] = net.to.length - 1;
  }
}

/**
 * The maximum flow from `source` to `sink` (Dinic: breadth-first levels, then blocking flows along
 * depth-first paths). Mutates the residual capacities of `net`.
 */
export function maxFlow<N>(net: Network<N>, ar: Arith<N>, source: number, sink: number): N {
  let flow = ar.zero;
  const level = new Array<number>(net.nodes);
  const iter = new Array<number>(net.nodes);
  const bfs = (): boolean => {
    level.fill(-1);
    level[source] = 0;
    const queue = [source];
    for (let q = 0; q < queue.length; q += 1) {
      const u = queue[q] as number;
      for (let e = net.head[u] as number; e !== -1; e = net.next[e] as number) {
        const v = net.to[e] as number;
        if (level[v] === -1 && ar.lt(ar.zero, net.cap[e] as N)) {
          level[v] = (level[u] as number) + 1;
          queue.push(v);
        }
      }
    }
    return level[sink] !== -1;
  };
  const dfs = (u: number, pushed: N): N => {
    if (u === sink) return pushed;
    for (; iter[u] !== -1; iter[u] = net.next[iter[u] as number] as number) {
      const e = iter[u] as number;
      const v = net.to[e] as number;
      if (level[v] !== (level[u] as number) + 1 || !ar.lt(ar.zero, net.cap[e] as N)) continue;
      const got = dfs(v, ar.min(pushed, net.cap[e] as N));
      if (ar.lt(ar.zero, got)) {
        net.cap[e] = ar.sub(net.cap[e] as N, got);
        net.cap[e ^ 1] = ar.add(net.cap[e ^ 1] as N, got);
        return got;
      }
    }
    return ar.zero;
  };
  let limit = ar.zero;
  for (let e = net.head[source] as number; e !== -1; e = net.next[e] as number) limit = ar.add(limit, net.cap[e] as N);
  while (bfs()) {
    for (let u = 0; u < net.nodes; u += 1) iter[u] = net.head[u] as number;
    for (;;) {
      const got = dfs(source, limit);
      if (!ar.lt(ar.zero, got)) break;
      flow = ar.add(flow, got);
    }
  }
  return flow;
}
