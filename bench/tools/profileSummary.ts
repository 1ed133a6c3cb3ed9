/**
 * Summarises a V8 .cpuprofile (from `npm run bench -- --profile DIR`): self time per function and
 * per package/file, and total (inclusive) time of the functions that matter, so the hot spots can
 * be read without DevTools.  Usage: npx tsx bench/tools/profileSummary.ts <file.cpuprofile> [top]
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topText] = process.argv.slice(2);
if (!file) throw new Error('usage: profileSummary <file.cpuprofile> [top]');
const top = Number(topText ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);

const where = (node: Node) => {
  const url = node.callFrame.url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  return pkg ?? (url ? url.replace(/^.*\/(server|shared|dist)\//, '$1/') : '(native)');
};
const name = (node: Node) => `${node.callFrame.functionName || '(anonymous)'} ${where(node)}:${node.callFrame.lineNumber + 1}`;

const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
const selfByFunction = new Map<string, number>();
const selfByPlace = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const node = byId.get(id)!;
  add(selfByFunction, name(node), ms);
  add(selfByPlace, where(node), ms);
  // Inclusive: every distinct function on the stack gets the sample once.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const key = name(byId.get(at)!);
    if (!seen.has(key)) add(inclusive, key, ms);
    seen.add(key);
  }
}

const print = (title: string, map: Map<string, number>) => {
  console.log(`\n## ${title}`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`);
  }
};
console.log(`total sampled: ${total.toFixed(0)} ms`);
print('self time by package / file', selfByPlace);
print('self time by function', selfByFunction);
print('inclusive time by function', inclusive);
