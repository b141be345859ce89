/** A name with its indefinite article, for messages: `a Lead`, `an Account`, `an Opportunity`. */
export function withArticle(name: string): string {
  return `${/^[AEIOU]/i.test(name) ? 'an' : 'a'} ${name}`;
}
