#!/usr/bin/env bash
# Model benchmark: write and read datasets through the streaming writers/readers, in XML, JSON and JSON Lines,
# with a 64 MB heap on one core. Prints a Markdown table (records/s, peak heap). See docs/benchmarks.md.
#   bench/model-dataset.sh                 # 100,000 and 1,000,000 records
#   bench/model-dataset.sh 1000000 --xsd   # also read XML with XSD validation
# MAVEN_ARGS (e.g. -o) are passed to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q ${MAVEN_ARGS:-} -pl model test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
classpath="model/target/test-classes:model/target/classes:$(cat model/target/bench.classpath)"
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
exec "${pin[@]}" java -Xmx64m -cp "$classpath" org.pactum.model.bench.DatasetBenchmark "$@"
