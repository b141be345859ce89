import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToPlainText, snippetToPlainText } from './plain-text';

test('a snippet becomes the text its defaults insert', () => {
  assert.equal(snippetToPlainText('"${1:Title}"'), '"Title"');
  assert.equal(snippetToPlainText('"${1|Open,Closed|}"$0'), '"Open"');
  assert.equal(snippetToPlainText('https://${1:instance}.my.salesforce.com/v${3:60.0}/'), 'https://instance.my.salesforce.com/v60.0/');
  assert.equal(snippetToPlainText('custom_attribute.\\${${1:company}}'), 'custom_attribute.${company}');
  assert.equal(snippetToPlainText('${1:a ${2:b}} $1 \\} \\\\ $ end'), 'a b  } \\ $ end');
  assert.equal(snippetToPlainText('"${1|a\\,b,c|}"'), '"a,b"');
});

test('markdown loses its markup, links keep their address', () => {
  assert.equal(markdownToPlainText('**LastName** · `string`\n\n[Documentation](https://example.com/x)'), 'LastName · string\n\nDocumentation (https://example.com/x)');
  assert.equal(markdownToPlainText('```liquid\n{{ x }}\n```\n# Title\na \\| b'), '{{ x }}\nTitle\na | b');
});
