/**
 * The workspace folder a template's test users, stored placeholder values and describe files
 * belong to: its own folder, else the first one, so that an untitled template (New Create-Lead
 * Template) or a file opened from elsewhere finds the workspace's `.braze/test-users/` and the
 * values already entered.
 */
import { workspace, type Uri, type WorkspaceFolder } from 'vscode';

export function folderOf(uri: Uri): WorkspaceFolder | undefined {
  return workspace.getWorkspaceFolder(uri) ?? workspace.workspaceFolders?.[0];
}
