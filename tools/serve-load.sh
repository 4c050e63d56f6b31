#!/usr/bin/env bash
# A bounded load run of `policylens serve` (not part of the tests; run by hand): indexes corpus/ into a fresh
# temporary index, starts the server on a free port on 127.0.0.1, runs CLIENTS clients for SECONDS seconds mixing
# who, search, page views and small uploads (heldout/*.txt made unique), prints a table, stops the server and
# removes the temporary folder.   Usage: tools/serve-load.sh [CLIENTS=8] [SECONDS=30]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clients="${1:-8}"
seconds="${2:-30}"
cd "$here"
[ -f target/policylens.jar ] || { echo "build first: mvn -q -B package -DskipTests" >&2; exit 2; }
[ -f target/test-classes/policylens/serve/ServeLoad.class ] || mvn -q -B -o test-compile
work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
bin/policylens index --index "$work/index" corpus >/dev/null 2>&1
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
bin/policylens serve --index "$work/index" --port "$port" 2>"$work/server.log" &
server=$!
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/api/documents" >/dev/null 2>&1 && break
  sleep 1
done
java -cp "target/test-classes:target/policylens.jar" policylens.serve.ServeLoad "http://127.0.0.1:$port" "$clients" "$seconds" heldout
echo
echo "server log lines: $(wc -l < "$work/server.log"); errors in it: $(grep -c ' ERROR ' "$work/server.log" || true)"
