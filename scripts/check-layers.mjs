// `npm test` stage "layers": imports only go down, and no file imports itself back through others.
//   core (pure, runs anywhere) < shared (messages, storage items, settings every context uses)
//   < page | background | extension-pages (each its own world; none imports another) < entrypoints, cli
// Inside extension-pages, `common` is below the pages, and the statistics tab may be hosted by options.
// Exits 1 and names each upward import or cycle. `--self-test` proves the check fails on a planted upward import.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const ROOTS = ['lib', 'entrypoints', 'cli'];
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts'];

/** Which world a file lives in, and its rank: a file may import only from its own world or a lower rank. */
export function worldOf(file) {
  const p = file.split(/[\\/]/);
  if (p[0] === 'lib' && p[1] === 'core') return { world: 'core', rank: 0 };
  if (p[0] === 'lib' && p[1] === 'shared') return { world: 'shared', rank: 1 };
  if (p[0] === 'lib' && p[1] === 'extension-pages') {
    return p[2] === 'common' ? { world: 'extension-pages/common', rank: 2 } : { world: `extension-pages/${p[2]}`, rank: 3 };
  }
  if (p[0] === 'lib') return { world: `${p[1]}`, rank: 2 };
  return { world: p[0], rank: 4 };
}

const TOP_WORLDS = new Set(['page', 'background', 'extension-pages']);
const familyOf = (world) => world.split('/')[0];

/** Imports across worlds of the same rank that the layout allows. */
const ALLOWED_SIDEWAYS = new Set(['extension-pages/options -> extension-pages/statistics']);
/** What pure code must never reach for. */
const CORE_FORBIDDEN = [/^wxt/, /^#imports$/, /^preact/, /^idb$/, /^@webext/];

export function importsOf(source) {
  const specs = [];
  for (const m of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)|(?:^|\n)\s*import\s*'([^']+)'/g)) {
    specs.push(m[1] ?? m[2] ?? m[3]);
  }
  return specs;
}

function listFiles(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) listFiles(p, out);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

export function checkLayers(files, read) {
  const known = new Set(files);
  const problems = [];
  const graph = new Map();
  for (const file of files) {
    const from = worldOf(file);
    const edges = [];
    for (const spec of importsOf(read(file))) {
      if (!spec.startsWith('.')) {
        if (from.world === 'core' && CORE_FORBIDDEN.some((re) => re.test(spec))) problems.push(`${file}: pure core imports the browser-bound package '${spec}'`);
        continue;
      }
      const base = normalize(join(dirname(file), spec));
      const target = EXTENSIONS.map((e) => base + e).find((p) => known.has(p));
      if (!target) continue; // JSON, CSS modules and assets are not code layers
      edges.push(target);
      const to = worldOf(target);
      if (to.world === from.world) continue;
      const sideways = `${from.world} -> ${to.world}`;
      // page, background and extension-pages are separate worlds: none imports another, whatever the ranks inside them.
      const acrossWorlds = TOP_WORLDS.has(familyOf(from.world)) && TOP_WORLDS.has(familyOf(to.world)) && familyOf(from.world) !== familyOf(to.world);
      const sidewaysInside = to.rank === from.rank && !ALLOWED_SIDEWAYS.has(sideways);
      if (to.rank > from.rank || acrossWorlds || sidewaysInside) {
        problems.push(`${file}: imports ${target} (${sideways}: ${to.rank > from.rank ? 'upward' : 'sideways'})`);
      }
    }
    graph.set(file, edges);
  }
  for (const cycle of findCycles(graph)) problems.push(`cycle: ${cycle.join(' -> ')}`);
  return problems;
}

/** Tarjan's strongly connected components; each component of more than one file is a cycle. */
function findCycles(graph) {
  let index = 0;
  const stack = [];
  const info = new Map();
  const cycles = [];
  const visit = (v) => {
    info.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!info.has(w)) {
        visit(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
    if (info.get(v).low === info.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.reverse());
    }
  };
  for (const v of graph.keys()) if (!info.has(v)) visit(v);
  return cycles;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.cwd();
  const files = ROOTS.flatMap((r) => listFiles(join(root, r))).map((f) => relative(root, f));
  const read = (f) => readFileSync(join(root, f), 'utf8');
  if (process.argv.includes('--self-test')) {
    // Plant an upward import in a copy of the tree held in memory: the check must name it.
    const planted = 'lib/core/engine/check.ts';
    const problems = checkLayers(files, (f) => (f === planted ? `import { x } from '../../page/boxes/box-session';\n${read(f)}` : read(f)));
    const caught = problems.some((p) => p.startsWith(`${planted}: imports lib/page/boxes/box-session.ts`));
    console.log(caught ? `layers self-test: the planted upward import was reported:\n  ${problems.find((p) => p.startsWith(planted))}` : 'layers self-test: the planted import was NOT reported');
    process.exit(caught ? 0 : 1);
  }
  const problems = checkLayers(files, read);
  for (const p of problems) console.error(p);
  console.log(`layers: ${files.length} files, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(problems.length ? 1 : 0);
}
