#!/usr/bin/env bash
# Prints the window's start-up time and the longest Swing-thread stall during generation and export,
# on a virtual display (xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
xvfb-run -a -s "-screen 0 1440x900x24" java -Dfile.encoding=UTF-8 -cp "$cp" org.maqal.ui.UiBench
