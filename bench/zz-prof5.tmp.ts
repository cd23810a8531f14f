import { performance } from 'perf_hooks';
function t(name:string, fn:()=>any, reps=41){ for(let i=0;i<10;i++) fn(); const ts=[] as number[]; for(let i=0;i<reps;i++){const a=performance.now(); fn(); ts.push(performance.now()-a);} ts.sort((a,b)=>a-b); console.log(name.padEnd(28), ts[reps>>1].toFixed(3), ts[0].toFixed(3)); }
const shard = (s: string) => (s.length * 7 + s.charCodeAt(s.length - 1) * 3 + (s.length > 1 ? s.charCodeAt(s.length - 2) : 0)) & 31;
for (const n of [1000, 10000]) {
  const m = n*5;
  const nodes = Array.from({length:n},(_,i)=>`task-${i}`);
  let s=1; const r=()=>{s=(s*16807)%2147483647; return s/2147483647;};
  const edges = [] as any[];
  for(let i=0;i<m;i++){const f=1+Math.floor(r()*(n-1)); edges.push({from:nodes[f],to:nodes[Math.floor(r()*f)],blocking:true});}
  t(`${n} single build+lookup`, ()=>{ const mm=new Map<string,number>(); for (let i=0;i<n;i++) mm.set(nodes[i], i); let acc=0; for (const e of edges) acc += mm.get(e.from)! ^ mm.get(e.to)!; return acc; });
  t(`${n} sharded build+lookup`, ()=>{ const ms: Map<string,number>[] = []; for (let k=0;k<32;k++) ms.push(new Map()); for (let i=0;i<n;i++) ms[shard(nodes[i])].set(nodes[i], i); let acc=0; for (const e of edges) acc += ms[shard(e.from)].get(e.from)! ^ ms[shard(e.to)].get(e.to)!; return acc; });
  t(`${n} typed allocs 8x`, ()=>{ const a=[]; for (let k=0;k<8;k++) a.push(new Int32Array(m)); return a; });
}
