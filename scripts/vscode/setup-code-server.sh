#!/usr/bin/env bash
# Installs code-server (a real VS Code: server + web workbench, published on npm) and what it needs
# to run the extension-host test suite offline, into .vscode-test/code-server/ (git-ignored, outside
# the project's node_modules). Idempotent: quick when the marker file says it is already installed.
#
# Why each step: code-server's postinstall downloads ripgrep from GitHub and runs `npx node-gyp`
# with npm's `yes=false`; neither works on a machine that reaches only the npm registry and
# Debian's packages, so its steps are done here by hand (the shared notes "real-vscode-tests.md").
#
# Usage: scripts/vscode/setup-code-server.sh [--force]
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="$ROOT/.vscode-test/code-server"
MARKER="$DIR/.installed-$CODE_SERVER_VERSION"
PKG="$DIR/node_modules/code-server"
VSCODE="$PKG/lib/vscode"
APT_PACKAGES=(libkrb5-dev ripgrep chromium)
NPM_QUIET=(--no-audit --no-fund --loglevel=error)

say() { printf '[setup-code-server] %s\n' "$*"; }
step() { say "$*"; }

if [[ "${1:-}" == "--force" ]]; then
  rm -f "$MARKER"
fi

started=$SECONDS

# --- Debian packages -------------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    SUDO=()
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    say "missing Debian packages: ${missing[*]}; run as root: apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  step "apt-get install ${missing[*]}"
  "${SUDO[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  say "Debian packages present: ${APT_PACKAGES[*]}"
fi

# --- Node version ----------------------------------------------------------------------------
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [[ "$node_major" != 20 ]]; then
  say "code-server $CODE_SERVER_VERSION wants Node 20; this is Node $(node --version)" >&2
  exit 1
fi

# --- Already installed? ----------------------------------------------------------------------
if [[ -f "$MARKER" && -f "$PKG/out/node/entry.js" && -x "$VSCODE/node_modules/@vscode/ripgrep/bin/rg" ]]; then
  say "code-server $CODE_SERVER_VERSION already installed in ${DIR#"$ROOT"/} (marker ${MARKER#"$ROOT"/}); --force to reinstall"
  exit 0
fi

# --- code-server from npm, without its postinstall -------------------------------------------
mkdir -p "$DIR"
cd "$DIR"
if [[ ! -f package.json ]]; then
  printf '{\n  "private": true,\n  "description": "code-server for the extension-host tests (scripts/vscode/setup-code-server.sh)"\n}\n' > package.json
fi
step "npm install --ignore-scripts code-server@$CODE_SERVER_VERSION (in ${DIR#"$ROOT"/})"
npm install --ignore-scripts "${NPM_QUIET[@]}" "code-server@$CODE_SERVER_VERSION"

# argon2 (password hashing; loaded at start even with --auth none): node-pre-gyp tries its
# download, fails offline, and builds from source against Node's headers.
step "npm rebuild argon2"
npm rebuild "${NPM_QUIET[@]}" argon2

# --- What code-server's postinstall.sh does, offline -----------------------------------------
cd "$VSCODE"
step "npm install --omit=dev --ignore-scripts in lib/vscode"
npm install --omit=dev --ignore-scripts --unsafe-perm=true "${NPM_QUIET[@]}"

# @vscode/ripgrep's postinstall downloads rg from GitHub: use Debian's.
step "copy /usr/bin/rg to lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
mkdir -p node_modules/@vscode/ripgrep/bin
cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
chmod 755 node_modules/@vscode/ripgrep/bin/rg

# Native modules. node-pty's build runs `npx node-gyp`, which needs npm_config_yes=true here.
step "npm rebuild kerberos node-pty @parcel/watcher @vscode/spdlog native-watchdog @vscode/deviceid (a minute)"
npm_config_yes=true npm rebuild --unsafe-perm=true "${NPM_QUIET[@]}" \
  kerberos node-pty @parcel/watcher @vscode/spdlog native-watchdog @vscode/deviceid

step "symlinks: node_modules.asar, bin/remote-cli/code-server, bin/helpers/browser.sh"
rm -rf node_modules.asar && ln -s node_modules node_modules.asar
(cd bin/remote-cli && rm -rf code-server && ln -s code-linux.sh code-server)
(cd bin/helpers && rm -rf browser.sh && ln -s browser-linux.sh browser.sh)

step "npm install --omit=dev --ignore-scripts in lib/vscode/extensions"
(cd extensions && npm install --omit=dev --ignore-scripts --unsafe-perm=true "${NPM_QUIET[@]}")

# --- Check that the native modules load --------------------------------------------------------
step "checking that the native modules load"
node -e '
  for (const m of ["kerberos", "node-pty", "@parcel/watcher", "@vscode/spdlog", "native-watchdog", "@vscode/deviceid"]) require(m);
' || { say "a native module does not load (see above)" >&2; exit 1; }
(cd "$DIR" && node -e 'require("argon2")') || { say "argon2 does not load" >&2; exit 1; }

date -u +%FT%TZ > "$MARKER"
say "installed code-server $CODE_SERVER_VERSION in ${DIR#"$ROOT"/} in $((SECONDS - started)) s"
