import { cases } from './cases/jwt.bench.mjs';
const all = await cases();
const c = all[0];
for (let i = 0; i < 15000; i++) await c.subject.fn();
