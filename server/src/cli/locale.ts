import { configureLocale, localeFromEnv } from '../core';

/**
 * Sets the language of a CLI run from `--locale LANG` / `--locale=LANG`, else LC_ALL, LC_MESSAGES
 * or LANG. Called first, before the arguments are parsed: even a usage error is a message.
 */
export function configureCliLocale(args: readonly string[], env: Readonly<Record<string, string | undefined>>): void {
  const i = args.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const value = i === -1 ? undefined : args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
  configureLocale(value ?? localeFromEnv(env));
}
