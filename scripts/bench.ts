// Prints how long the parser and the whole analysis take: the seed templates
// (median and 99th percentile of many runs) and a 1 MB template. Figures, not assertions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/language';
import { parseWebhook } from '../server/src/syntax/parse';

const examples = join(__dirname, '..', 'examples');
const seeds = ['create-lead.webhook', 'update-lead-to-mql.webhook'].map((f) => readFileSync(join(examples, f), 'utf8'));

function percentiles(samples: number[]): { median: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p99: sorted[Math.floor(sorted.length * 0.99)] };
}

function time(fn: () => void, runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return samples;
}

/** A Create Lead template whose body repeats members until it reaches `bytes`. */
export function largeTemplate(bytes: number): string {
  const head = seeds[0].slice(0, seeds[0].indexOf('\n{') + 1);
  const member = (i: number) => `  "Field${i}__c": "{{custom_attribute.\${attr ${i}} | default: 'x' | json_escape}}",\n`;
  let body = '{\n';
  for (let i = 0; head.length + body.length < bytes - 40; i++) body += member(i);
  return `${head}${body}  "LastName": "{{\${last_name}}}"\n}\n`;
}

const service = getLanguageService();
for (const [i, text] of seeds.entries()) {
  parseWebhook(text);
  const parse = percentiles(time(() => parseWebhook(text), 2000));
  let version = 0;
  const analyse = percentiles(time(() => service.doValidation(TextDocument.create('file:///seed', 'braze-webhook', ++version, text)), 2000));
  console.log(`seed ${i + 1} (${text.length} B): parse median ${parse.median.toFixed(3)} ms, p99 ${parse.p99.toFixed(3)} ms; parse+validate median ${analyse.median.toFixed(3)} ms, p99 ${analyse.p99.toFixed(3)} ms`);
}

// Completion at each kind of position of the seeds: a fresh document version each time, so the parse counts too.
const positions: [string, string][] = [
  ['attribute', '{{${first_name'],
  ['filter', '{{${first_name}'],
  ['tag option', ':save'],
  ['body key', '"lastName'],
  ['URL', '/v60.0/'],
  ['header name', 'Content-Type'],
];
const completionSamples: number[] = [];
for (const text of seeds) {
  for (const [, marker] of positions) {
    const at = text.indexOf(marker);
    if (at === -1) continue;
    let version = 0;
    const samples = time(() => {
      const document = TextDocument.create('file:///seed', 'braze-webhook', ++version, text);
      service.doComplete(document, document.positionAt(at + marker.length));
    }, 500);
    completionSamples.push(...samples);
  }
}
const completion = percentiles(completionSamples);
console.log(`completion on the seeds (${completionSamples.length} requests, parse included): median ${completion.median.toFixed(3)} ms, p99 ${completion.p99.toFixed(3)} ms`);

for (const size of [256 * 1024, 1024 * 1024]) {
  const text = largeTemplate(size);
  const samples = time(() => parseWebhook(text), 5);
  const doc = parseWebhook(text);
  console.log(
    `${(text.length / 1024).toFixed(0)} KiB template (${doc.json?.root?.members?.length} members, ${doc.attributes.length} attribute references): ` +
      `parse median ${percentiles(samples).median.toFixed(1)} ms`,
  );
}
