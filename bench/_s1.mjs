import { cases } from './cases/jwt.bench.mjs';
const all = await cases();
const c = all[4];
console.log(c.name);
for (let i = 0; i < 15000; i++) await c.subject.fn();
