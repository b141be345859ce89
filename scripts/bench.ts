// The benchmark of `npm run bench`: figures, not assertions. In one run it prints
// - the analysis time (parse and every check) of the seed templates and of generated 10 KB,
//   100 KB and 1 MB templates, next to liquidjs's parse of the same Liquid and jsonc-parser's of
//   the same body, as ratios (aim: within 3 times liquidjs's parse);
// - the paths analysis (every branch and blank value of the body, up to PATH_CAP then sampled) on
//   bodies with 8, 30 and 300 independent branches, and 30 branches over a 100 KB body;
// - completion and hover latency at many positions of the seed templates, each on a new
//   document version, so its parse counts (aim: p99 within 16 ms);
// - the bundled server's start time and its memory with 200 documents open (dist/server.js).
import { existsSync, statSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinKnowledge } from '../server/src/core';
import { allChecks, defaultSettings, getLanguageService } from '../server/src/language';
import { validate } from '../server/src/language/validation';
import { parseWebhook } from '../server/src/syntax';
import { bodyPaths, PATH_CAP, PATH_SAMPLES, PATH_TEXT_BUDGET } from '../server/src/language/analysis/paths';
import { largeTemplate, seeds } from './bench/inputs';
import { jsoncParse, liquidjsParse, yardsticks } from './bench/liquid';
import { measureServer, SERVER } from './bench/server';
import { median, ms, once, percentiles } from './bench/timing';

const service = getLanguageService();
const knowledge = builtinKnowledge();
let version = 0;
const fresh = (text: string) => TextDocument.create('file:///bench.webhook', 'braze-webhook', ++version, text);

function analysisRow(name: string, text: string): string {
  const { liquid, body } = yardsticks(text);
  const budget = text.length > 500_000 ? 3000 : 400;
  const all = median(() => {
    const document = fresh(text);
    validate(parseWebhook(text), document, defaultSettings, knowledge, allChecks);
  }, budget);
  const served = median(() => service.doValidation(fresh(text)), budget);
  const liquidjs = median(() => liquidjsParse(liquid), budget);
  const jsonc = median(() => jsoncParse(body), budget);
  const kb = (text.length / 1024).toFixed(1).padStart(7);
  return `${name.padEnd(48)} ${kb} KB  analysis ${ms(all).padStart(7)} ms  doValidation ${ms(served).padStart(7)} ms  liquidjs ${ms(liquidjs).padStart(7)} ms (x${(all / liquidjs).toFixed(1)})  jsonc ${ms(jsonc).padStart(7)} ms (x${(all / jsonc).toFixed(1)})`;
}

console.log('Analysis: parse + all checks (validate with every check), doValidation (what the server runs: above 512 KiB, syntax checks only),');
console.log('liquidjs Liquid.parse of the same Liquid (each field as the renderer gives it), jsonc-parser parseTree of the same body; medians.');
for (const { name, text } of seeds) console.log(analysisRow(name, text));
for (const [label, bytes] of [['generated 10 KB', 10 * 1024], ['generated 100 KB', 100 * 1024], ['generated 1 MB', 1024 * 1024]] as const) {
  console.log(analysisRow(label, largeTemplate(bytes)));
}

// The paths analysis: a new tree each time (its paths are cached per tree), on bodies of independent branches.
console.log(`\nPaths: rendered in order up to ${PATH_CAP}, then ${PATH_SAMPLES} sampled, within ${PATH_TEXT_BUDGET / 1024 / 1024} MiB of text; enumeration and analysis medians.`);
const branchy = (n: number, padding = 0) =>
  `POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nContent-Type: application/json\n\n{"LastName": "x", "Company": "${'y'.repeat(padding)}"` +
  Array.from({ length: n }, (_, i) => `{% if \${first_name} == "${i}" %}, "F${i}__c": {{custom_attribute.\${a${i}}}}{% endif %}`).join('') +
  '}';
// Values written once per branch, into typed fields: field-value checks each on every path.
const branchValues = (n: number) =>
  `PATCH https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/00Q5g00000AbCdEEAV\nContent-Type: application/json\n\n{"Title": "x"` +
  Array.from({ length: n }, (_, i) => `, "${i % 2 ? 'HasOptedOutOfEmail' : 'Status'}": {% if \${first_name} == "${i}" %}${i % 2 ? 'true' : '"Open"'}{% else %}${i % 2 ? 'false' : '"Working"'}{% endif %}`).join('') +
  '}';
const rows = [
  ['8 branches (2^16 paths with the blank values)', branchy(8)],
  ['30 branches', branchy(30)],
  ['300 branches', branchy(300)],
  ['30 branches, 100 KB body', branchy(30, 100_000)],
  ['300 values written per branch, typed fields', branchValues(300)],
] as const;
for (const [label, text] of rows) {
  const tree = parseWebhook(text);
  const enumerate = median(() => bodyPaths({ ...tree }), 400);
  const all = median(() => validate(parseWebhook(text), fresh(text), defaultSettings, knowledge, allChecks), 400);
  const paths = bodyPaths(tree);
  const count = paths?.ok ? `${paths.paths.length} paths${paths.capped ? ' (capped)' : ''}` : 'not followed';
  console.log(`${label.padEnd(48)} ${(text.length / 1024).toFixed(1).padStart(7)} KB  ${count.padEnd(20)} enumeration ${ms(enumerate).padStart(7)} ms  analysis ${ms(all).padStart(7)} ms`);
}

// Completion and hover at many positions: spread over each seed, and at every Liquid delimiter.
const completion: number[] = [];
const hover: number[] = [];
for (const { text } of seeds) {
  const doc = parseWebhook(text);
  const offsets = new Set<number>();
  for (let i = 0; i < 100; i++) offsets.add(Math.floor((i / 100) * text.length));
  for (const field of [doc.requestLine?.url, ...doc.headers.map((h) => h.value), doc.body]) {
    for (const n of field?.liquid ?? []) for (const at of [n.start + 2, n.end - 2, Math.floor((n.start + n.end) / 2)]) offsets.add(at);
  }
  for (const at of offsets) {
    for (let round = 0; round < 3; round++) {
      const d1 = fresh(text);
      completion.push(once(() => service.doComplete(d1, d1.positionAt(at))));
      const d2 = fresh(text);
      hover.push(once(() => service.doHover(d2, d2.positionAt(at))));
    }
  }
}
const c = percentiles(completion);
const h = percentiles(hover);
console.log(`\nCompletion on the seeds, ${completion.length} requests, each on a new version (its parse included): p50 ${ms(c.p50)} ms, p99 ${ms(c.p99)} ms`);
console.log(`Hover on the seeds, ${hover.length} requests, each on a new version (its parse included): p50 ${ms(h.p50)} ms, p99 ${ms(h.p99)} ms`);

if (!existsSync(SERVER)) {
  console.log('\nServer: dist/server.js is missing (npm run build makes it): no start time, no memory figure.');
} else {
  const texts = Array.from({ length: 200 }, (_, i) => seeds[i % seeds.length].text);
  void measureServer(texts).then((s) => {
    const built = statSync(SERVER).mtime.toISOString();
    console.log(`\nServer (dist/server.js, built ${built}): started in ${ms(s.startMs)} ms (spawn to the answer to initialize)`);
    const mb = (n: number | undefined) => (n === undefined ? 'unknown (no /proc)' : `${n.toFixed(1)} MB`);
    console.log(`Server memory (resident): ${mb(s.idleMb)} idle, ${mb(s.openMb)} with 200 documents open (their diagnostics all published in ${ms(s.openMs)} ms)`);
  });
}
