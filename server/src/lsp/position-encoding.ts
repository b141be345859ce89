import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Positions as the client counts characters. The language service counts UTF-16 code units (as
 * `vscode-languageserver-textdocument` does); a client that offers UTF-8 or UTF-32 first in
 * `general.positionEncodings` gets its own units, converted at the edge. vscode-languageserver
 * announces the encoding but converts nothing, so this is done here.
 */
export type PositionEncoding = 'utf-8' | 'utf-16' | 'utf-32';

const SUPPORTED: readonly string[] = ['utf-8', 'utf-16', 'utf-32'];

/** The first encoding the client offers that the server has; UTF-16 (mandatory in LSP) otherwise. */
export function negotiateEncoding(offered: readonly string[] | undefined): PositionEncoding {
  return (offered?.find((e) => SUPPORTED.includes(e)) as PositionEncoding | undefined) ?? 'utf-16';
}

export interface PositionCodec {
  encoding: PositionEncoding;
  /** A position from the client, in UTF-16 code units. */
  toServer(document: TextDocument, position: Position): Position;
  /** A position for the client, in its units. */
  toClient(document: TextDocument, position: Position): Position;
}

export const rangeToServer = (codec: PositionCodec, document: TextDocument, range: Range): Range => ({
  start: codec.toServer(document, range.start),
  end: codec.toServer(document, range.end),
});

export const rangeToClient = (codec: PositionCodec, document: TextDocument, range: Range): Range => ({
  start: codec.toClient(document, range.start),
  end: codec.toClient(document, range.end),
});

export function positionCodec(encoding: PositionEncoding): PositionCodec {
  if (encoding === 'utf-16') return { encoding, toServer: (_, p) => p, toClient: (_, p) => p };
  const units = encoding === 'utf-8' ? utf8Length : () => 1;
  return {
    encoding,
    toServer: (document, { line, character }) => {
      const text = lineText(document, line);
      let utf16 = 0;
      let counted = 0;
      for (const c of text) {
        const next = counted + units(c.codePointAt(0)!);
        if (next > character) break;
        counted = next;
        utf16 += c.length;
      }
      return { line, character: utf16 };
    },
    toClient: (document, { line, character }) => {
      let counted = 0;
      for (const c of lineText(document, line).slice(0, character)) counted += units(c.codePointAt(0)!);
      return { line, character: counted };
    },
  };
}

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);
