/**
 * The "Braze Webhook Sends" view in the Explorer: one row per kept send or preview, newest first
 * (when, template, test user, status, time taken); opening a row shows its result view again.
 * Several rows can be selected, for Compare.
 */
import { l10n, ThemeIcon, TreeItem, window, type Disposable, type TreeDataProvider } from 'vscode';
import { COMMANDS, HISTORY_VIEW } from '../commands/ids';
import type { HistoryEntry } from './entry';
import type { SendHistory } from './history';
import { treeRow } from './text';

/** What the tree hands its commands: the entry's id (the result view's links pass the same). */
export interface HistoryNode {
  id: string;
}

export function registerHistoryTree(history: SendHistory): Disposable {
  let shown: HistoryEntry[] = [];
  const provider: TreeDataProvider<HistoryNode> = {
    onDidChangeTreeData: history.onDidChange,
    async getChildren(node) {
      if (node) return [];
      shown = await history.list();
      return shown.map((e) => ({ id: e.id }));
    },
    getTreeItem(node) {
      const entry = shown.find((e) => e.id === node.id);
      if (!entry) return new TreeItem(node.id);
      const row = treeRow(entry.model);
      const item = new TreeItem(row.label);
      item.id = entry.id;
      item.description = row.description;
      item.tooltip = row.tooltip;
      item.iconPath = new ThemeIcon(row.icon);
      item.contextValue = 'brazeWebhooks.historyEntry';
      item.command = { command: COMMANDS.historyOpen, title: l10n.t('Open Result'), arguments: [node] };
      return item;
    },
  };
  return window.createTreeView(HISTORY_VIEW, { treeDataProvider: provider, canSelectMany: true, showCollapseAll: false });
}
