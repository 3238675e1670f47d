#!/usr/bin/env bash
# Runs a command with Node.js >= 22.12 first on PATH (installing Node 24 if needed): see ensure-node.sh.
set -euo pipefail
# shellcheck source=scripts/ensure-node.sh
source "$(dirname "${BASH_SOURCE[0]}")/ensure-node.sh"
exec "$@"
