/**
 * Braze's `date` filter is Ruby's strftime: the combined formats liquidjs lacks (`%F`, `%T`, `%D`,
 * `%R`, `%r`, `%c`, `%v`, `%x`, `%X`) written out in the ones it has. The renderer formats with the
 * expansion, and the checks read what a format prints from it (Ruby's `Time#strftime`,
 * https://docs.ruby-lang.org/en/3.3/strftime_formatting_rdoc.html).
 */
const RUBY_COMBINED: Readonly<Record<string, string>> = {
  F: '%Y-%m-%d',
  T: '%H:%M:%S',
  D: '%m/%d/%y',
  x: '%m/%d/%y',
  X: '%H:%M:%S',
  R: '%H:%M',
  r: '%I:%M:%S %p',
  c: '%a %b %e %H:%M:%S %Y',
  v: '%e-%^b-%Y',
};

/** `%F` becomes `%Y-%m-%d`..., `%%` stays a literal percent sign. */
export function expandRubyFormats(format: string): string {
  return format.replace(/%%|%([FTDxXRrcv])/g, (m, c: string | undefined) => (c ? RUBY_COMBINED[c] : m));
}
