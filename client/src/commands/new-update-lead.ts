import { l10n, Uri, window, workspace, type ExtensionContext, type QuickPickItem } from 'vscode';
import { customLeadFields, mqlValueFor, type CustomLeadField } from '../templates/lead-fields';
import { DEFAULT_MQL_FIELD, updateLeadToMqlTemplate, validateFieldName } from '../templates/lead-templates';
import { askInstanceName, insertTemplate } from './template-editor';

const title = () => l10n.t('New Update-Lead-to-MQL Template');
const DESCRIBE_SETTING = 'leadDescribePath';
const DEFAULT_DESCRIBE_PATH = '.salesforce/Lead.describe.json';

/** "New Update-Lead-to-MQL Template...": instance, then the stage field, then the template as a snippet. */
export async function newUpdateLeadTemplate(context: ExtensionContext): Promise<void> {
  const instance = await askInstanceName(context, title());
  if (instance === undefined) return;
  const fields = await readCustomFields();
  const picked = await pickField(fields);
  if (picked === undefined) return;
  const { value, choices } = mqlValueFor(picked.field);
  await insertTemplate(updateLeadToMqlTemplate({ instance, field: picked.name, value, valueChoices: choices }).snippet);
}

/** The custom fields of the workspace's Lead describe file; none when there is no file. */
async function readCustomFields(): Promise<CustomLeadField[]> {
  const configured = workspace.getConfiguration('brazeWebhooks').get<string>(DESCRIBE_SETTING, DEFAULT_DESCRIBE_PATH) || DEFAULT_DESCRIBE_PATH;
  const folder = (window.activeTextEditor && workspace.getWorkspaceFolder(window.activeTextEditor.document.uri)) ?? workspace.workspaceFolders?.[0];
  const uri = /^([a-zA-Z]:[\\/]|\/)/.test(configured) ? Uri.file(configured) : folder ? Uri.joinPath(folder.uri, configured) : undefined;
  if (!uri) return [];
  let text: string;
  try {
    text = new TextDecoder().decode(await workspace.fs.readFile(uri));
  } catch {
    return []; // No describe file: the built-in default is offered.
  }
  const { fields, warning } = customLeadFields(text, configured);
  if (warning) void window.showWarningMessage(warning);
  return fields;
}

interface FieldItem extends QuickPickItem {
  field?: CustomLeadField;
  other?: boolean;
}

async function pickField(fields: CustomLeadField[]): Promise<{ name: string; field?: CustomLeadField } | undefined> {
  if (fields.length === 0) return typeField();
  const items: FieldItem[] = fields.map((f) => ({
    label: f.name,
    description: f.label,
    detail: f.picklistValues ? `${f.type}: ${f.picklistValues.join(', ')}` : f.type,
    field: f,
  }));
  if (!fields.some((f) => f.name === DEFAULT_MQL_FIELD)) items.push({ label: DEFAULT_MQL_FIELD, description: l10n.t("the docs' example name: not in your org's describe file") });
  items.push({ label: l10n.t('Other...'), description: l10n.t('type a field name'), other: true, alwaysShow: true });
  const picked = await window.showQuickPick(items, { title: title(), placeHolder: l10n.t('The Lead field that holds the stage (custom fields of your Lead describe file)'), ignoreFocusOut: true });
  if (!picked) return undefined;
  if (picked.other) return typeField();
  return picked.field ? { name: picked.field.name, field: picked.field } : { name: picked.label };
}

async function typeField(): Promise<{ name: string } | undefined> {
  const name = await window.showInputBox({
    title: title(),
    prompt: l10n.t('API name of the Lead field that holds the stage (your org’s custom field, ending in __c)'),
    value: DEFAULT_MQL_FIELD,
    ignoreFocusOut: true,
    validateInput: validateFieldName,
  });
  return name === undefined ? undefined : { name: name.trim() };
}
