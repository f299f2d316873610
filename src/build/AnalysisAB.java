import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Compares the analysis of two builds of Maqal in one JVM, round by round, to tell a change of a few
 * percent from the machine's noise: on a shared machine two bench runs a minute apart can differ by
 * ten percent, and so can the garbage collector's sizing from one JVM to the next. Each jar is loaded
 * in its own class loader, both analyse the same 4,000 generated articles in turn (which goes first
 * alternates), and the ratio of their processor times is taken per round.
 *
 * <p>From the repository root, after {@code mvn -q -o package -DskipTests} (copy the jar of the build
 * to compare against first):
 * <pre>java -Xmx1500m src/build/AnalysisAB.java THREADS ROUNDS A.jar B.jar</pre>
 * for example {@code 2 90 /tmp/before.jar target/maqal.jar}; the first third of the rounds warms up.
 * Run it both ways round: a ratio that holds in both orders is the change's, not the order's.
 */
public final class AnalysisAB {
    /** One build: its classes, its analyzer and its generated articles. */
    private static final class Build {
        final String name;
        final Object analyzer;
        final Object articles;
        final Constructor<?> corpusAnalyzer;
        final Constructor<?> cache;
        final Method analyze;
        final int threads;

        Build(String jar, int threads) throws Exception {
            this.name = jar;
            this.threads = threads;
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Object reader = loader.loadClass("org.maqal.corpus.CorpusReader").getConstructor().newInstance();
            Object corpus = reader.getClass().getMethod("read", Path.class).invoke(reader, Path.of("corpus"));
            Object seeds = corpus.getClass().getMethod("articles").invoke(corpus);
            Object synthetic = loader.loadClass("org.maqal.corpus.SyntheticCorpus").getConstructor(List.class).newInstance(seeds);
            articles = synthetic.getClass().getMethod("generate", int.class, long.class).invoke(synthetic, 4000, 42L);
            Class<?> articleAnalyzer = loader.loadClass("org.maqal.analysis.ArticleAnalyzer");
            analyzer = articleAnalyzer.getMethod("standard").invoke(null);
            Class<?> cacheClass = loader.loadClass("org.maqal.analysis.AnalysisCache");
            cache = cacheClass.getConstructor(int.class);
            Class<?> corpusAnalyzerClass = loader.loadClass("org.maqal.analysis.CorpusAnalyzer");
            corpusAnalyzer = corpusAnalyzerClass.getConstructor(articleAnalyzer, cacheClass, int.class);
            analyze = corpusAnalyzerClass.getMethod("analyze", List.class);
        }

        Object round() throws Exception {
            return analyze.invoke(corpusAnalyzer.newInstance(analyzer, cache.newInstance(1), threads), articles);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java -Xmx1500m src/build/AnalysisAB.java THREADS ROUNDS A.jar B.jar");
            System.exit(2);
        }
        int threads = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Build[] builds = {new Build(args[2], threads), new Build(args[3], threads)};
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<List<Double>> cpu = List.of(new ArrayList<>(), new ArrayList<>());
        List<Double> ratios = new ArrayList<>();
        Object result = null;
        for (int r = 0; r < rounds; r++) {
            double[] ms = new double[2];
            for (int turn = 0; turn < 2; turn++) {
                int b = r % 2 == 0 ? turn : 1 - turn;
                result = null; // the other build's results die before this round starts
                long before = os.getProcessCpuTime();
                result = builds[b].round();
                ms[b] = (os.getProcessCpuTime() - before) / 1e6;
            }
            if (r < rounds / 3) continue;
            cpu.get(0).add(ms[0]);
            cpu.get(1).add(ms[1]);
            ratios.add(ms[1] / ms[0]);
        }
        for (int b = 0; b < 2; b++) {
            List<Double> x = cpu.get(b);
            Collections.sort(x);
            System.out.printf("%s: processor time per round, best %.0f ms, median %.0f ms%n", builds[b].name, x.get(0), x.get(x.size() / 2));
        }
        Collections.sort(ratios);
        int n = ratios.size();
        System.out.printf("B / A per round: median %.3f (quartiles %.3f, %.3f) over %d rounds%n",
                ratios.get(n / 2), ratios.get(n / 4), ratios.get(3 * n / 4), n);
    }
}
