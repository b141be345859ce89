/** The texts the benchmark reads: the seed templates, and generated templates of a given size. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './root';

const webhooks = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.webhook'))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') }));

/** `examples/*.webhook` and `test/fixtures/seeds/*.webhook`. */
export const seeds = [...webhooks('examples'), ...webhooks(join('test', 'fixtures', 'seeds'))];

/** A Create Lead template whose body repeats Liquid-holding members until it reaches `bytes`. */
export function largeTemplate(bytes: number): string {
  const create = seeds[0].text;
  const head = create.slice(0, create.indexOf('\n{') + 1);
  const member = (i: number) => `  "Field${i}__c": "{{custom_attribute.\${attr ${i}} | default: 'x' | json_escape}}",\n`;
  const members: string[] = [];
  let length = head.length + 2;
  for (let i = 0; length < bytes - 40; i++) {
    members.push(member(i));
    length += members[i].length;
  }
  return `${head}{\n${members.join('')}  "LastName": "{{\${last_name}}}"\n}\n`;
}
