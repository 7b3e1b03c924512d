#!/bin/sh
# The pre-commit framework's entry point for gongwen-lint (see .pre-commit-hooks.yaml).
#
# Why a script and not `language: node`: pre-commit installs a node hook with `npm pack` and
# reads the tarball name from its output, but npm prints the `prepare` script's banner there
# too, so the install fails for any package that builds in `prepare` (pre-commit 3.0.4 through
# 4.x; pre-commit/pre-commit PR #3460). Instead this script builds gongwen once inside
# pre-commit's own clone of the repository (`npm ci` runs `prepare`, which bundles
# dist/cli.js), then runs the CLI with the staged files pre-commit passes as arguments.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -f "$here/dist/cli.js" ]; then
  # pre-commit may start several copies at once (one per batch of files): build only once.
  lock="$here/.gongwen-build-lock"
  while ! mkdir "$lock" 2>/dev/null; do sleep 1; done
  trap 'rmdir "$lock" 2>/dev/null || true' EXIT INT TERM
  if [ ! -f "$here/dist/cli.js" ]; then
    echo "gongwen-lint: first run, installing (npm ci) …" >&2
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
  rmdir "$lock"
  trap - EXIT INT TERM
fi
exec node "$here/bin/gongwen-lint.js" "$@"
