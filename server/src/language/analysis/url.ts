/**
 * One analysis of a URL as written in a webhook file (the request URL, or the URL of a
 * `connected_content` tag): scheme, host, port, path segments, and for a Salesforce data path its
 * version, sObject and record id, each with file offsets.
 *
 * Liquid is set aside offset for offset: every character of a Liquid node is masked, so a segment
 * that holds Liquid is known to be dynamic (`{{${user_id}}}` as a record id) and a host that holds
 * Liquid is unknowable. Documentation placeholders (`[insert_instance_name]`) are set aside too
 * (the `placeholder` check reports them): a host with a placeholder is taken as a host with a
 * valid name there.
 */
import { isLoopbackHost, PLACEHOLDER_PATTERN, readDataPath, readUrl, t, type DataPath } from '../../core';
import type { Field, LiquidNode, Span, Word } from '../../syntax';

/** A part of a URL with its file offsets and its text as written. */
export interface UrlPart extends Span {
  text: string;
}

export interface PathSegment extends UrlPart {
  /** True when Liquid stands in the segment (its value is known only at send time). */
  liquid: boolean;
  /** True when a documentation placeholder stands in the segment. */
  placeholder: boolean;
}

export interface UrlAnalysis extends UrlPart {
  /** The scheme without `://` (`https`), when the URL starts with `scheme://`. */
  scheme?: UrlPart;
  /** The host as written (may hold a placeholder); undefined when there is no `scheme://`. */
  host?: UrlPart;
  /** True when Liquid stands in the host: nothing can be said about it. */
  hostLiquid: boolean;
  /** True when a documentation placeholder stands in the host. */
  hostPlaceholder: boolean;
  /**
   * The host a request reaches, as the core's URL reader (fetch) reads it, with each placeholder
   * replaced by a valid label, for classification and comparison
   * (`[insert_instance_name].my.salesforce.com` gives `placeholder.my.salesforce.com`); the host as
   * written, lower case, when the URL does not read.
   */
  hostKey?: string;
  /** Why the host written (`host`) is not the host reached (`hostKey`), or the URL holds a user name or password. */
  hidden?: string;
  /** The port digits after `:`, when written. */
  port?: UrlPart;
  /** The path from its first `/` to the query or fragment (may be empty). */
  path?: UrlPart;
  segments: PathSegment[];
  query?: UrlPart;
  /** Spans of blanks outside Liquid: a URL holds none. */
  blanks: Span[];
  /** A Salesforce data path (`/services/data/...`), when the path starts with it. */
  dataPath?: DataPath<PathSegment>;
}

/** The label a placeholder stands for in `hostKey`. */
export const PLACEHOLDER_LABEL = 'placeholder';

const LIQUID = '\u0001';
const PLACEHOLDER = '\u0002';

/**
 * Analyzes a URL written at file offset `base` (on one line), with the Liquid nodes that stand in it
 * (file offsets; nodes outside the URL are ignored).
 */
export function analyzeUrl(text: string, base: number, liquid: readonly Span[] = []): UrlAnalysis {
  const masked = maskUrl(text, base, liquid);
  const part = (s: number, e: number): UrlPart => ({ start: base + s, end: base + e, text: text.slice(s, e) });
  const result: UrlAnalysis = { start: base, end: base + text.length, text, hostLiquid: false, hostPlaceholder: false, segments: [], blanks: [] };
  for (const m of masked.matchAll(/[ \t]+/g)) result.blanks.push({ start: base + (m.index ?? 0), end: base + (m.index ?? 0) + m[0].length });

  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(masked);
  let pathStart = 0;
  if (scheme) {
    result.scheme = part(0, scheme[1].length);
    const hostStart = scheme[0].length;
    let authorityEnd = hostStart;
    while (authorityEnd < masked.length && !'/?#'.includes(masked[authorityEnd])) authorityEnd++;
    let hostEnd = authorityEnd;
    const portMatch = /:(\d*)$/.exec(masked.slice(hostStart, authorityEnd));
    if (portMatch) {
      hostEnd = authorityEnd - portMatch[0].length;
      result.port = part(hostEnd + 1, authorityEnd);
    }
    const at = masked.lastIndexOf('@', hostEnd - 1);
    const hostFrom = at >= hostStart ? at + 1 : hostStart;
    result.host = part(hostFrom, hostEnd);
    const hostMasked = masked.slice(hostFrom, hostEnd);
    result.hostLiquid = hostMasked.includes(LIQUID);
    result.hostPlaceholder = hostMasked.includes(PLACEHOLDER);
    if (!result.hostLiquid) {
      // No host written (`https:///x`): fetch would take the path's first segment; the checks say "no host".
      const reading = hostEnd > hostFrom ? readUrl(text.replace(PLACEHOLDER_PATTERN, PLACEHOLDER_LABEL)) : undefined;
      result.hostKey = reading && reading.host !== '' ? reading.host : text.slice(hostFrom, hostEnd).replace(PLACEHOLDER_PATTERN, PLACEHOLDER_LABEL).toLowerCase();
      if (reading?.hidden) result.hidden = reading.hidden;
    }
    pathStart = authorityEnd;
  } else {
    // Not absolute: whatever comes before a `/` is not a host we can trust; read the path from the first `/`.
    const slash = masked.indexOf('/');
    pathStart = slash === -1 ? masked.length : slash;
  }

  let pathEnd = pathStart;
  while (pathEnd < masked.length && masked[pathEnd] !== '?' && masked[pathEnd] !== '#') pathEnd++;
  result.path = part(pathStart, pathEnd);
  if (pathEnd < masked.length && masked[pathEnd] === '?') {
    let q = pathEnd + 1;
    while (q < masked.length && masked[q] !== '#') q++;
    result.query = part(pathEnd + 1, q);
  }
  if (masked[pathStart] === '/') {
    let s = pathStart + 1;
    while (s <= pathEnd) {
      let e = s;
      while (e < pathEnd && masked[e] !== '/') e++;
      const seg = masked.slice(s, e);
      result.segments.push({ start: base + s, end: base + e, text: text.slice(s, e), liquid: seg.includes(LIQUID), placeholder: seg.includes(PLACEHOLDER) });
      s = e + 1;
    }
  }
  result.dataPath = readDataPath(result.segments);
  return result;
}

/**
 * Analyses by the parsed node they read: a dozen checks look at the same URLs of the same tree,
 * and a new parse makes new nodes. Callers treat the analysis as read-only.
 */
const analyses = new WeakMap<object, UrlAnalysis>();

function memo(node: object, analyse: () => UrlAnalysis): UrlAnalysis {
  let found = analyses.get(node);
  if (!found) analyses.set(node, (found = analyse()));
  return found;
}

/** The request URL of a document's request line. */
export function analyzeField(field: Field): UrlAnalysis {
  return memo(field, () => analyzeUrl(field.text, field.start, field.liquid));
}

/** The URL word of a `connected_content` tag, with the Liquid of the field that holds it. */
export function analyzeWord(word: Word, liquid: readonly LiquidNode[], fileText?: string): UrlAnalysis {
  return memo(word, () => {
    // A word lies on one line; if the file says otherwise, read it as it is written in the file.
    const text = fileText !== undefined && fileText.slice(word.start, word.end) !== word.text ? fileText.slice(word.start, word.end) : word.text;
    return analyzeUrl(text, word.start, liquid);
  });
}

/** Why a host name (placeholders already replaced) is not valid, or undefined when it is. */
export function hostProblem(hostKey: string): HostProblem | undefined {
  if (hostKey === '') return { kind: 'empty' };
  if (hostKey.length > 253) return { kind: 'too-long' };
  if (/^\[[0-9a-f:.]+\]$/.test(hostKey)) return undefined;
  const bad = /[^a-z0-9.-]/.exec(hostKey);
  if (bad) return { kind: 'character', character: bad[0] };
  const labels = hostKey.replace(/\.$/, '').split('.');
  if (labels.some((l) => l === '')) return { kind: 'empty-label' };
  if (labels.some((l) => l.length > 63)) return { kind: 'long-label' };
  if (labels.some((l) => l.startsWith('-') || l.endsWith('-'))) return { kind: 'hyphen-label' };
  return undefined;
}

/** Why a host name is not one: a kind (and the character at fault), so each reader words it whole. */
export type HostProblem = { kind: 'empty' | 'too-long' | 'empty-label' | 'long-label' | 'hyphen-label' } | { kind: 'character'; character: string };

function maskUrl(text: string, base: number, liquid: readonly Span[]): string {
  const chars = text.split('');
  for (const n of liquid) {
    const s = Math.max(0, n.start - base);
    const e = Math.min(text.length, n.end - base);
    for (let i = s; i < e; i++) chars[i] = LIQUID;
  }
  let masked = chars.join('');
  masked = masked.replace(PLACEHOLDER_PATTERN, (m) => PLACEHOLDER.repeat(m.length));
  return masked;
}

/** A fix-bearing finding about a URL's scheme; each check words its own message. */
export interface SchemeProblem {
  kind: 'not-absolute' | 'not-https';
  start: number;
  end: number;
  fixes?: { title: string; edits: { start: number; end: number; newText: string }[]; preferred: boolean }[];
}

/**
 * What is wrong with the scheme of a URL Braze will call: none at all (with
 * an "Add https://" fix when the text starts like a host), or one other than
 * https (http is fine on loopback hosts, where the local stand-in runs).
 */
export function schemeProblem(url: UrlAnalysis): SchemeProblem | undefined {
  if (!url.scheme) {
    const hostLike = /^(\[insert_[^\]]*\]|[A-Za-z0-9-]+)(\.[A-Za-z0-9-]+)+(\/|$)/.test(url.text);
    return {
      kind: 'not-absolute',
      start: url.start,
      end: url.end,
      fixes: hostLike ? [{ title: t('Add "{0}"', 'https://'), edits: [{ start: url.start, end: url.start, newText: 'https://' }], preferred: true }] : undefined,
    };
  }
  const scheme = url.scheme.text.toLowerCase();
  if (scheme === 'https' || (scheme === 'http' && isLoopbackHost(url.hostKey))) return undefined;
  return {
    kind: 'not-https',
    start: url.scheme.start,
    end: url.scheme.end,
    fixes: [{ title: t('Use "{0}"', 'https'), edits: [{ start: url.scheme.start, end: url.scheme.end, newText: 'https' }], preferred: true }],
  };
}
