#!/usr/bin/env bash
# Importer benchmark (not a test): full import vs OpenNLP sentence detection alone, on one core and on two
# threads, over a corpus made of the seed articles (each copy varied). Prints Markdown tables.
# usage: importer/bench.sh [articles]     (from the repository root, after `mvn -pl importer -am package`)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-12000}"
cd "$root"
mvn -q ${MAVEN_ARGS:-} -pl importer test-compile >/dev/null
cp="importer/target/pactum-importer.jar:importer/target/test-classes"
echo "## one core (taskset -c 0), 1 thread"
taskset -c 0 java -Xmx256m -cp "$cp" org.pactum.importer.bench.ImporterBenchmark "$n" 1 seeds 2>/dev/null
echo
echo "## both cores, 2 threads"
java -Xmx256m -cp "$cp" org.pactum.importer.bench.ImporterBenchmark "$n" 2 seeds 2>/dev/null
