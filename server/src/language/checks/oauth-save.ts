import { ACCESS_TOKEN, bearerUse, endOfArguments, findOption, tokenCalls, wordBefore } from '../analysis/oauth';
import { DEFAULT_SAVE_VARIABLE, t } from '../../core';
import type { Check, TextEdit } from './types';

export const oauthSave: Check = {
  meta: {
    code: 'oauth-save',
    severity: 'error',
    summary: 'The token call has no :save, or the header does not send the saved token as Bearer {{var.access_token}}.',
    docs:
      "Connected Content parses a JSON answer into the variable named by `:save` (`connected` when none is given); Salesforce's " +
      'token answer holds the token in `access_token`. The header must then send `Bearer {{result.access_token}}` after the tag, in the ' +
      'same header: a saved variable is empty in every other field. Sources: Braze, "Local Connected Content variables" ' +
      '(https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/connected_content/local_connected_content_variables/); ' +
      'Salesforce Help, "OAuth 2.0 Client Credentials Flow" (https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_client_credentials_flow.htm&type=5).',
  },
  run({ doc, report }) {
    for (const call of tokenCalls(doc)) {
      const save = findOption(call.options, 'save');
      const use = bearerUse(doc, call);
      const v = call.header.value;
      const readsToken = (name: string) => use.path?.[0] === name && use.path[1] === ACCESS_TOKEN && use.path.length === 2;
      if (!save) {
        if (readsToken(DEFAULT_SAVE_VARIABLE) && use.bearer) continue;
        const name = use.path && use.path[1] === ACCESS_TOKEN ? use.path[0] : 'result';
        const at = endOfArguments(call.tag);
        const edits: TextEdit[] = [{ start: at, end: at, newText: ` :save ${name}` }];
        if (!use.output) edits.push(sendTokenEdit(doc.text, call.tag.end, v.end, name));
        report({
          start: call.tag.name.start,
          end: call.tag.name.end,
          message: t('The token call has no :save: add "{0}" and send "{1}"', `:save ${name}`, `Bearer {{${name}.${ACCESS_TOKEN}}}`),
          fixes: [{ title: t('Add "{0}"', `:save ${name}`), edits, preferred: true }],
        });
        continue;
      }
      if (!save.value || save.value.text === '') {
        report({
          start: save.start,
          end: save.end,
          message: t('":save" has no variable name: write ":save result" and send "{0}"', 'Bearer {{result.access_token}}'),
          fixes: [{ title: t('Write "{0}"', ':save result'), edits: [{ start: save.end, end: save.end, newText: ' result' }], preferred: true }],
        });
        continue;
      }
      const name = call.savedName;
      const token = `{{${name}.${ACCESS_TOKEN}}}`;
      if (!use.output || use.path?.[0] !== name) {
        const edit = sendTokenEdit(doc.text, call.tag.end, v.end, name);
        report({
          start: save.start,
          end: save.end,
          message: t('The header does not send the saved token after the tag: write "{0}"', `Bearer ${token}`),
          fixes: [{ title: t('Send "{0}"', `Bearer ${token}`), edits: [edit], preferred: true }],
        });
        continue;
      }
      const output = use.output;
      if (!readsToken(name)) {
        const written = doc.text.slice(output.start, output.end);
        report({
          start: output.start,
          end: output.end,
          message: t('"{0}" does not read the token: Salesforce\'s answer holds it in {1}; write "{2}"', written, ACCESS_TOKEN, token),
          fixes: [{ title: t('Write "{0}"', token), edits: [{ start: output.start, end: output.end, newText: token }], preferred: true }],
        });
        continue;
      }
      if (!use.bearer) {
        const written = doc.text.slice(output.start, output.end);
        report({
          start: output.start,
          end: output.end,
          message: t('The token "{0}" is sent without "Bearer ": write "{1}"', written, `Bearer ${written}`),
          fixes: [{ title: t('Add "{0}"', 'Bearer '), edits: [{ start: output.start, end: output.start, newText: 'Bearer ' }], preferred: true }],
        });
      }
    }
  },
};

/** Appends `Bearer {{name.access_token}}` to the header (or only the output when "Bearer" already ends it). */
function sendTokenEdit(text: string, tagEnd: number, valueEnd: number, name: string): TextEdit {
  const token = `{{${name}.${ACCESS_TOKEN}}}`;
  const last = wordBefore(text, valueEnd, / /, 'bearer'.length);
  if (last && last.start >= tagEnd && last.word.toLowerCase() === 'bearer') return { start: valueEnd, end: valueEnd, newText: last.blanks > 0 ? token : ` ${token}` };
  return { start: valueEnd, end: valueEnd, newText: `Bearer ${token}` };
}
