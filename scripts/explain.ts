// Developer aid for error analysis: `npx tsx scripts/explain.ts [--draft] TEXT...` prints every path and finding the
// demo charter raises on each text (as the incoming message, or with --draft as the reply), with the rule that raised it.
import { loadCharter } from '../cli/load-charter';
import { check } from '../lib/core/engine/check';

const args = process.argv.slice(2);
const asDraft = args.includes('--draft');
const loaded = loadCharter('charters/brandtruc.json');
if (!loaded.ok) throw new Error('the demo charter does not compile');
for (const text of args.filter((a) => a !== '--draft')) {
  const input = asDraft ? { incoming: '', draft: text } : { incoming: text, draft: '' };
  const r = check({ ...input, platform: 'x', isPublic: true }, loaded.compiled);
  console.log(`» ${text}`);
  for (const p of r.paths) console.log(`  path ${p.category} ${JSON.stringify(p)}`.slice(0, 400));
  for (const f of r.findings) console.log(`  finding ${f.ruleId} [${f.category}/${f.severity}] «${text.slice(f.start, f.end)}»`);
  for (const p of r.possible ?? []) console.log(`  possible ${p.category} (${p.reason}) ${JSON.stringify(p).slice(0, 200)}`);
}
