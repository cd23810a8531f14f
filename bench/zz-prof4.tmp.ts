import { performance } from 'perf_hooks';
import { analyzeGraph, blockedBy } from '../plugins/agent-coordination-common/src/rules';
function t(name:string, fn:()=>any, reps=41){ for(let i=0;i<10;i++) fn(); const ts=[] as number[]; for(let i=0;i<reps;i++){const a=performance.now(); fn(); ts.push(performance.now()-a);} ts.sort((a,b)=>a-b); console.log(name.padEnd(24), ts[reps>>1].toFixed(3), ts[0].toFixed(3)); }
for (const n of [1000, 10000]) {
  const m = n*5;
  const nodes = Array.from({length:n},(_,i)=>`task-${i}`);
  let s=1; const r=()=>{s=(s*16807)%2147483647; return s/2147483647;};
  const edges = [] as any[];
  for(let i=0;i<m;i++){const f=1+Math.floor(r()*(n-1)); edges.push({from:nodes[f],to:nodes[Math.floor(r()*f)],blocking:true});}
  const g = {nodes, edges};
  t(`${n} analyze`, ()=>analyzeGraph(g));
  t(`${n} compile-ish`, ()=>blockedBy(g, 'task-0'));
  const mm=new Map<string,number>();
  t(`${n} map build`, ()=>{ const mm=new Map<string,number>(); for (let i=0;i<n;i++) mm.set(nodes[i], i); return mm; });
}
