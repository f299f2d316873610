#!/usr/bin/env bash
# Prints what the corpus search and the import duplicate check cost on a 10,000-article library.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
java -Xmx1500m -Dfile.encoding=UTF-8 -cp "$cp" org.maqal.app.ConcordanceBench "$@"
java -Dfile.encoding=UTF-8 -cp "$cp" org.maqal.corpus.ImportBench "$@"
