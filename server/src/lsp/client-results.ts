import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type CodeAction, type CompletionList, type Diagnostic, type DocumentSymbol, type Hover, type SymbolInformation, type TextEdit } from 'vscode-languageserver/node';
import { rangeToClient, type PositionCodec } from './position-encoding';

/**
 * The language service's answers with their positions in the client's units
 * (position-encoding.ts), and each diagnostic's code linked to its docs entry. Only those fields
 * are touched.
 */
export class ClientResults {
  /** `docs`: the checks' reference each diagnostic's code links to (docs-links.ts), if the client shows such links. */
  constructor(
    private readonly codec: PositionCodec,
    private readonly docs?: string,
  ) {}

  private range(document: TextDocument, range: Diagnostic['range']) {
    return rangeToClient(this.codec, document, range);
  }

  diagnostics(document: TextDocument, diagnostics: Diagnostic[]): Diagnostic[] {
    const docs = this.docs;
    return diagnostics.map((d) => ({
      ...d,
      range: this.range(document, d.range),
      ...(docs && typeof d.code === 'string' ? { codeDescription: { href: `${docs}#${d.code}` } } : {}),
    }));
  }

  completion(document: TextDocument, list: CompletionList): CompletionList {
    const items = list.items.map((item) => {
      const edit = item.textEdit;
      return edit && 'range' in edit ? { ...item, textEdit: { ...edit, range: this.range(document, edit.range) } } : item;
    });
    return { ...list, items };
  }

  hover(document: TextDocument, hover: Hover | null): Hover | null {
    return hover?.range ? { ...hover, range: this.range(document, hover.range) } : hover;
  }

  codeActions(document: TextDocument, actions: CodeAction[]): CodeAction[] {
    return actions.map((a) => {
      const edits = a.edit?.changes?.[document.uri];
      return {
        ...a,
        diagnostics: a.diagnostics && this.diagnostics(document, a.diagnostics),
        edit: edits ? { changes: { [document.uri]: edits.map((e: TextEdit) => ({ ...e, range: this.range(document, e.range) })) } } : a.edit,
      };
    });
  }

  /** Nested symbols, or the flat list for a client without `hierarchicalDocumentSymbolSupport`. */
  symbols(document: TextDocument, symbols: DocumentSymbol[], hierarchical: boolean): DocumentSymbol[] | SymbolInformation[] {
    const nest = (list: DocumentSymbol[]): DocumentSymbol[] =>
      list.map((s) => ({ ...s, range: this.range(document, s.range), selectionRange: this.range(document, s.selectionRange), children: s.children && nest(s.children) }));
    const nested = nest(symbols);
    if (hierarchical) return nested;
    const flat: SymbolInformation[] = [];
    const walk = (list: DocumentSymbol[], containerName?: string) => {
      for (const s of list) {
        flat.push({ name: s.name, kind: s.kind, location: { uri: document.uri, range: s.range }, containerName });
        walk(s.children ?? [], s.name);
      }
    };
    walk(nested);
    return flat;
  }
}
