package org.maqal.analysis.related;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.corpus.AtomicFiles;
import org.maqal.model.Article;
import org.maqal.testing.Seeds;
import org.maqal.text.TextPipeline;

/**
 * Fuzz target for the related-article index file: whatever its bytes, opening the library gives a
 * working index (from the file or rebuilt), never an exception. The target puts the right checksum
 * after the fuzzed bytes, so the fuzzer gets past it into the format itself.
 *
 * <p>Regression inputs: {@code src/test/resources/org/maqal/analysis/related/RelatedIndexFuzzTestInputs/openIndex/}.
 * To fuzz: {@code JAZZER_FUZZ=1 mvn test -Dtest=RelatedIndexFuzzTest}.
 */
class RelatedIndexFuzzTest {
    private static final List<Article> LIBRARY = List.of(Seeds.article("000"), Seeds.article("001"), Unrelated.HARVEST);
    private static final RelatedIndexFile FILES = new RelatedIndexFile(TextPipeline.standard(), AtomicFiles::write);

    @TempDir
    Path corpus;

    @FuzzTest(maxDuration = "5m")
    void openIndex(byte[] body) throws IOException {
        Path file = RelatedIndexFile.of(corpus);
        Files.createDirectories(file.getParent());
        Files.write(file, withChecksum(body));
        RelatedIndexFile.Opened opened = FILES.open(corpus, LIBRARY);
        for (Article a : LIBRARY) {
            List<Related> related = opened.index().related(a.id(), 5);
            if (related.size() > LIBRARY.size() - 1) throw new AssertionError("more related articles than the library has");
        }
        if (!opened.problem().isEmpty()) throw new AssertionError(opened.problem());
    }

    static byte[] withChecksum(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return ByteBuffer.allocate(body.length + 8).put(body).putLong(crc.getValue()).array();
    }
}
