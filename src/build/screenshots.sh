#!/usr/bin/env bash
# Opens each main screen of Maqal on a virtual display and saves PNGs into docs/screenshots/.
# Needs Xvfb (xvfb-run) and the Arabic fonts of shared/tools/install-desktop-tools.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
xvfb-run -a -s "-screen 0 1440x900x24" java -Dfile.encoding=UTF-8 -cp "$cp" org.maqal.ui.Screenshots docs/screenshots
