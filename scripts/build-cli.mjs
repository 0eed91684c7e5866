#!/usr/bin/env node
// Builds the `gardefou` command (esbuild): dist/cli/gardefou.mjs and the chunks it imports (dist/cli/chunks/), with the list of its source
// files beside it (dist/cli/inputs.json) so bin/gardefou.mjs can tell when it is out of date. Run by postinstall and by
// `npm run build` (wxt.config.ts hooks); bin/gardefou.mjs also runs it when a source changed since the last build.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = join(root, 'dist/cli/gardefou.mjs');
export const CLI_INPUTS = join(root, 'dist/cli/inputs.json');

const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const text = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

export async function buildCli({ quiet = false } = {}) {
  const { build } = await import('esbuild');
  const t0 = performance.now();
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  const result = await build({
    entryPoints: { gardefou: join(root, 'cli/main.ts') },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The compiler, zod and the packs go to chunks loaded only by the commands that compile (cli/charter-file.ts):
    // `gardefou check` on a charter it compiled before parses the engine alone.
    splitting: true,
    outdir: dirname(CLI_BUNDLE),
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    write: false,
    metafile: true,
    minify: !process.env.GARDEFOU_CLI_DEBUG,
    // Data files as JSON.parse('…'): V8 parses a JSON string several times faster than the same object as code.
    plugins: [jsonAsParse],
    legalComments: 'none',
    logLevel: 'error',
    banner: { js: '// Built by scripts/build-cli.mjs from cli/ and lib/: do not edit.' },
  });
  const inputs = Object.keys(result.metafile.inputs)
    .map((p) => relative(root, join(process.cwd(), p)))
    .filter((p) => !p.startsWith('node_modules'));
  // The build id (cli/compiled-cache.ts): a hash of every source and package file the bundle was made from.
  const hash = createHash('sha256');
  for (const p of Object.keys(result.metafile.inputs).sort()) hash.update(p).update(readFileSync(join(process.cwd(), p)));
  const buildId = hash.digest('hex').slice(0, 24);
  // Chunks first (their names carry a hash of their content, so they never overwrite a file in use), then the entry,
  // written aside and renamed: a `gardefou` started meanwhile reads the old entry or the new one, never half of one.
  const chunkDir = join(dirname(CLI_BUNDLE), 'chunks');
  mkdirSync(chunkDir, { recursive: true });
  const written = new Set();
  for (const file of result.outputFiles) {
    const code = file.text.replaceAll('__GARDEFOU_BUILD_ID__', buildId);
    if (file.path === CLI_BUNDLE) continue;
    writeFileSync(file.path, code);
    written.add(file.path);
  }
  const entry = result.outputFiles.find((file) => file.path === CLI_BUNDLE);
  const temp = `${CLI_BUNDLE}.${process.pid}.tmp`;
  writeFileSync(temp, entry.text.replaceAll('__GARDEFOU_BUILD_ID__', buildId));
  renameSync(temp, CLI_BUNDLE);
  // Chunks of earlier builds are no longer reachable from the entry.
  for (const name of readdirSync(chunkDir)) if (!written.has(join(chunkDir, name))) rmSync(join(chunkDir, name), { force: true });
  writeFileSync(`${CLI_INPUTS}.${process.pid}.tmp`, `${JSON.stringify({ inputs: [...inputs, 'package.json'] }, null, 1)}\n`);
  renameSync(`${CLI_INPUTS}.${process.pid}.tmp`, CLI_INPUTS);
  if (!quiet) console.log(`gardefou CLI bundled: ${relative(process.cwd(), CLI_BUNDLE)} (${inputs.length} sources, ${(performance.now() - t0).toFixed(0)} ms)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
