// Runs when `mvn exec:java` is typed in a fresh clone, before anything was compiled:
// Maven's exec:java does not compile, so this starts Maven again with `compile exec:java`
// in the same folder, passing the arguments through, and exits with its exit code.
def maven = System.getProperty('maven.home')
def windows = System.getProperty('os.name').toLowerCase().contains('win')
def mvn = maven ? new File(maven, windows ? 'bin/mvn.cmd' : 'bin/mvn').path : (windows ? 'mvn.cmd' : 'mvn')
def command = [mvn, '-q', '-B', 'compile', 'exec:java']
def passed = System.getProperty('exec.args')
if (passed) command << "-Dexec.args=${passed}".toString()
def process = new ProcessBuilder(command).directory(new File(args[0])).inheritIO().start()
int code = process.waitFor()
if (code != 0) throw new IllegalStateException("Building Maqal failed (exit code ${code}); run `mvn verify` to see why.")
