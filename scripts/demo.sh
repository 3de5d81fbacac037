#!/usr/bin/env bash
# make demo: extract one bundled article, ingest the bundled set into SQLite, print the ledger.
set -euo pipefail
cd "$(dirname "$0")/.."
KH=.venv/bin/khabar
DB="sqlite:///$(pwd)/demo.db"
rm -f demo.db

has() { $KH --help 2>/dev/null | grep -qw "$1"; }

echo "== 1. one article: khabar extract samples/articles/ar-dam-01.txt --published 2026-03-02 --format table"
$KH extract samples/articles/ar-dam-01.txt --published 2026-03-02 --format table
echo
if has ingest; then
  echo "== 2. the bundled set into SQLite: khabar ingest samples/articles.jsonl --db $DB"
  $KH ingest samples/articles.jsonl --db "$DB"
  echo
  for view in speakers claims figures; do
    if has "$view"; then
      echo "== 3. khabar $view --db $DB"
      $KH "$view" --db "$DB" || true
      echo
    fi
  done
fi
if has serve; then
  echo "Open the web UI on this demo store:  $KH serve --db $DB   then visit http://127.0.0.1:8000/"
fi
