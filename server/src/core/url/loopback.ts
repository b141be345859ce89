/**
 * The hosts that are this machine: where the local Salesforce stand-in runs, and the only hosts
 * plain `http` may reach. `localhost`, `127.0.0.0/8` and `::1`, in any letter case, with or
 * without brackets or a trailing dot. Not `*.localhost`: Node's fetch asks DNS for those, and the
 * answer need not be this machine. The URL checks and the send engine ask this one function.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return v4 !== null && v4.slice(1).every((n) => Number(n) <= 255);
}
