import { cases } from './cases/jwt.bench.mjs';
const all = await cases();
async function cpu(fn, n) { const t = process.cpuUsage(); for (let i = 0; i < n; i++) await fn(); const d = process.cpuUsage(t); return (d.user + d.system) / n; }
for (const c of all.slice(0, 6)) {
  for (let i = 0; i < 1500; i++) { await c.subject.fn(); await c.baseline.fn(); }
  const s = [], b = [];
  for (let r = 0; r < 15; r++) { s.push(await cpu(c.subject.fn, 200)); b.push(await cpu(c.baseline.fn, 200)); }
  s.sort((x, y) => x - y); b.sort((x, y) => x - y);
  console.log(c.name.padEnd(48), s[7].toFixed(0), b[7].toFixed(0), (s[7] / b[7]).toFixed(2));
}
