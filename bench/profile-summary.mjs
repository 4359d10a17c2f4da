// Summarises a V8 .cpuprofile: self time per function, and total time under chosen functions.
// Usage: node bench/profile-summary.mjs FILE.cpuprofile [top=30] [fn1,fn2,... for inclusive times]
import { readFileSync } from 'node:fs';
const [file, topArg = '30', inclusiveArg = ''] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfTicks = new Map();
const dt = new Map();
prof.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
let total = 0;
for (const [id, us] of dt) {
  const k = key(byId.get(id));
  selfTicks.set(k, (selfTicks.get(k) ?? 0) + us);
  total += us;
}
const top = [...selfTicks].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg));
console.log(`total ${(total / 1000).toFixed(0)} ms`);
for (const [k, us] of top) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
if (inclusiveArg) {
  for (const name of inclusiveArg.split(',')) {
    let us = 0;
    for (const [id, t] of dt) {
      // count a sample once if any ancestor has this name
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        if (byId.get(cur).callFrame.functionName === name) {
          us += t;
          break;
        }
      }
    }
    console.log(`inclusive ${name}: ${(us / 1000).toFixed(0)} ms (${((100 * us) / total).toFixed(1)}%)`);
  }
}
