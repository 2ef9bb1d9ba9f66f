#!/usr/bin/env bash
# Imports every seeds/*.txt into its own JSON (out/<stem>.json) and scores them with the shared scorer.
# usage: importer/score-seeds.sh [--verbose]    (run from the repository root after `mvn -pl importer -am package`)
#        SEEDS=seeds/pending importer/score-seeds.sh   scores another directory laid out like seeds/ (articles + gold/)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/importer/target/pactum-importer.jar"
out="${SCORE_OUT:-$root/importer/target/seed-scores}"
scorer="${SCORER:-$root/../shared/tools/score.py}"
[ -f "$scorer" ] || scorer=/work/shared/tools/score.py
rm -rf "$out" && mkdir -p "$out"
seeds="$root/${SEEDS:-seeds}"
java -jar "$jar" --quiet --format json --per-file-out "$out" --out "$out/all.json.tmp" "$seeds"/*.txt
rm -f "$out/all.json.tmp"
python3 "$scorer" --dir "$seeds/gold" "$out" "$@"
