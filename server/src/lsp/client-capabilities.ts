import { MarkupKind, type InitializeParams } from 'vscode-languageserver/node';
import type { ClientSupport } from '../language';

/** Options a client may give in `initializationOptions`. */
interface InitializationOptions {
  /** Set by the VS Code extension, which has the command that asks for a placeholder's value. */
  fillPlaceholderCommand?: boolean;
  /** Overrides `initialize`'s `locale` (e.g. "ko", "pt-br"). */
  locale?: string;
}

/** The language the client asked for: `initializationOptions.locale`, else `initialize`'s `locale`. */
export function localeOf(params: InitializeParams): string | undefined {
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  return typeof options.locale === 'string' && options.locale !== '' ? options.locale : params.locale;
}

/**
 * What the client said it takes, for the language service: snippets and markdown only where its
 * capabilities name them (an absent capability means no), the fill-in command only from our
 * own VS Code extension.
 */
export function clientSupportOf(params: InitializeParams): ClientSupport {
  const text = params.capabilities.textDocument;
  const markdown = (formats: readonly string[] | undefined) => formats?.includes(MarkupKind.Markdown) === true;
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  return {
    snippets: text?.completion?.completionItem?.snippetSupport === true,
    markdown: {
      completion: markdown(text?.completion?.completionItem?.documentationFormat),
      hover: markdown(text?.hover?.contentFormat),
      signatureHelp: markdown(text?.signatureHelp?.signatureInformation?.documentationFormat),
    },
    fillPlaceholderCommand: options.fillPlaceholderCommand === true,
  };
}
