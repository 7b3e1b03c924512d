#!/usr/bin/env bash
# Installs what the end-to-end run needs on a fresh Debian machine, and skips every step that is
# already done, so `npm run test:e2e` can call it each time at almost no cost.
#
# Desktop VS Code cannot be downloaded on the CI machines (they reach only the npm registry and
# Debian), so the suite runs in VS Code as shipped by the npm package `code-server`, with Debian's
# Chromium loading its workbench (see scripts/e2e/README.md). This script installs:
#   - Debian packages: libkrb5-dev (code-server's native `kerberos` module builds from source),
#     chromium (loads the workbench), ripgrep (stands in for the `rg` that code-server's
#     @vscode/ripgrep would download from GitHub), fonts-wqy-microhei (Chinese glyphs for the
#     screenshots), neovim (the second real client, scripts/e2e/neovim.mjs);
#   - code-server at a pinned version, in its own folder under .vscode-test/ (gitignored), never
#     among the extension's own dependencies.
# Set GONGWEN_E2E_SKIP_SETUP=1 to skip it entirely (for a machine that is prepared differently);
# with GONGWEN_E2E_VSCODE=desktop the run downloads desktop VS Code and needs none of this.
set -euo pipefail

if [[ "${GONGWEN_E2E_SKIP_SETUP:-}" == 1 || "${GONGWEN_E2E_VSCODE:-}" == desktop ]]; then exit 0; fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# code-server 4.100.3 is VS Code 1.100.3; later 4.x releases need node 22 or later.
code_server_version="4.100.3"
cache="${GONGWEN_E2E_CACHE:-$root/.vscode-test}"
install_dir="$cache/code-server-$code_server_version"
marker="$install_dir/.installed"

log() { printf '[e2e setup] %s\n' "$*" >&2; }

# Runs a command as root: directly when we are root (CI), through sudo otherwise.
as_root() {
  if [[ "$(id -u)" == 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else log "need root to run: $*"; exit 1
  fi
}

missing_packages=()
for package in libkrb5-dev chromium ripgrep fonts-wqy-microhei neovim; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing_packages+=("$package")
  fi
done
if ((${#missing_packages[@]})); then
  log "installing Debian packages: ${missing_packages[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_packages[@]}" >/dev/null
fi

if [[ -f "$marker" ]]; then
  log "code-server $code_server_version already installed in $install_dir"
  exit 0
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable here. It first
# looks for a cached release archive in the temporary folder; an archive holding Debian's rg under
# that exact name satisfies it. The version and archive name belong to code-server 4.100.3.
tmp="$(node -p 'require("os").tmpdir()')"
rg_cache="$tmp/vscode-ripgrep-cache-1.15.11"
rg_archive="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [[ ! -f "$rg_archive" ]]; then
  if [[ "$(uname -m)" != x86_64 ]]; then
    log "the ripgrep cache trick is only set up for x86_64; this machine is $(uname -m)"
    exit 1
  fi
  log "caching Debian's rg as $rg_archive"
  mkdir -p "$rg_cache"
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  tar -czf "$rg_archive.partial" -C "$staging" rg
  mv "$rg_archive.partial" "$rg_archive"
  rm -rf "$staging"
fi

log "installing code-server $code_server_version into $install_dir (about 1-2 minutes)"
mkdir -p "$install_dir"
# A package.json of its own keeps npm from walking up into the project's package.json.
if [[ ! -f "$install_dir/package.json" ]]; then
  printf '{ "name": "gongwen-e2e-code-server", "private": true }\n' > "$install_dir/package.json"
fi
(
  cd "$install_dir"
  npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$code_server_version"
)
test -f "$install_dir/node_modules/code-server/out/node/entry.js"
touch "$marker"
log "code-server ready"
