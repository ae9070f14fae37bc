#!/usr/bin/env bash
# Layout shift and SEO of the public pages, as Lighthouse measures them on a phone (its default
# mobile emulation and throttling), against an application already running (the demo, say:
# ./mvnw spring-boot:run -Dspring-boot.run.profiles=demo). Prints, per page, the cumulative layout
# shift (goal: under 0.1), the SEO score and whether the page has a meta description.
# Usage: bench/lighthouse.sh [base URL, default http://localhost:8080] [path ...]
# Needs Node.js (npx fetches the Lighthouse CLI) and Chromium (CHROME_PATH, default /usr/bin/chromium).
set -euo pipefail
BASE="${1:-http://localhost:8080}"
shift || true
PATHS=("$@")
if [ ${#PATHS[@]} -eq 0 ]; then
  PATHS=(/ /opportunities /events /give-away /signatories /colleges-and-universities /sign-in /register)
fi
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
LIGHTHOUSE="${LIGHTHOUSE:-npx --yes lighthouse@13.5.0}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

printf '%-32s %8s %5s %s\n' "page" "CLS" "SEO" "meta description"
for path in "${PATHS[@]}"; do
  report="$OUT/report.json"
  $LIGHTHOUSE "$BASE$path" --quiet --output=json --output-path="$report" \
    --only-categories=performance,seo --chrome-path="$CHROME_PATH" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || {
    printf '%-32s %s\n' "$path" "Lighthouse failed"; continue; }
  node -e '
    const r = require(process.argv[1]);
    const cls = r.audits["cumulative-layout-shift"].numericValue;
    const seo = Math.round(r.categories.seo.score * 100);
    const meta = r.audits["meta-description"].score === 1 ? "yes" : "no";
    console.log(process.argv[2].padEnd(32) + " " + cls.toFixed(3).padStart(8) + " " + String(seo).padStart(5) + " " + meta);
  ' "$report" "$path"
done
