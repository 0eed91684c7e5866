import { loadSource, isBlind } from './real-data/sources';
import { check } from '../lib/core/engine/check';
import { loadCharter } from '../cli/load-charter';
const l = loadCharter('charters/brandtruc.json'); if (!l.ok) throw 0;
const by = new Map<string, [number, number, string[]]>();
for (const r of loadSource('hatecheck-en')) {
  if (isBlind('hatecheck-en', r.key)) continue;
  const res = check({ incoming: '', draft: r.text, platform: 'x', isPublic: true }, l.compiled);
  const hit = res.categories.includes('insult_vulgar');
  const f = r.meta.functionality as string; const hateful = r.meta.label_gold === 'hateful';
  const e = by.get(f) ?? [0, 0, []]; e[0]++; if (hit === hateful) e[1]++; else if (e[2].length < 4) e[2].push(r.text.slice(0, 90)); by.set(f, e);
}
for (const [f, [n, ok, ex]] of [...by].sort((a, b) => a[1][1] / a[1][0] - b[1][1] / b[1][0])) console.log(f, n, (100 * ok / n).toFixed(0) + '%', '\n    ' + ex.join('\n    '));
