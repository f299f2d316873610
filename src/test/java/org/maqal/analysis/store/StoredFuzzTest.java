package org.maqal.analysis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.maqal.analysis.ArticleAnalyzer;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Token;
import org.maqal.testing.Seeds;

/**
 * Damaged cache files, made by changing bytes of a real one and putting a correct checksum after
 * them (so that the damage gets past the checksum into the format): reading never throws, its tokens
 * (decoded when first used) included, and an article either gets an analysis of its own text or none.
 */
class StoredFuzzTest {
    private static final List<Article> ARTICLES = List.of(Seeds.article("000"), Seeds.article("003"));
    private static final byte[] GOOD;

    static {
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
        GOOD = StoredAnalyses.encode("v", ARTICLES.stream().map(analyzer::analyze).toList());
    }

    @Property(tries = 300)
    void changedBytesBehindAGoodChecksumNeverThrow(@ForAll("changes") List<int[]> changes) {
        byte[] body = java.util.Arrays.copyOf(GOOD, GOOD.length - 8);
        for (int[] c : changes) body[c[0] % body.length] = (byte) c[1];
        StoredAnalyses.read(withChecksum(body), "v").ifPresent(stored -> {
            for (Article a : ARTICLES) {
                ArticleAnalysis found = stored.find(a);
                if (found != null) {
                    assertThat(found.article()).isEqualTo(a);
                    assertThat(found.tokens()).doesNotContainNull();
                    assertThat(found.entities()).doesNotContainNull();
                    assertThat(found.figures()).doesNotContainNull();
                    assertThat(found.claims()).doesNotContainNull();
                }
            }
        });
    }

    @Test
    void partsFoundDamagedWhenFirstUsedAreThoseOfTheArticleAnalysedAfresh() {
        Article article = ARTICLES.get(0);
        ArticleAnalysis fresh = ArticleAnalyzer.standard().analyze(article);
        byte[] good = StoredAnalyses.encode("v", List.of(fresh));
        int lazilyRepaired = 0;
        for (int at = 12; at < good.length - 8; at++) {
            byte[] body = java.util.Arrays.copyOf(good, good.length - 8);
            body[at] = (byte) 0xFF;
            AtomicInteger asked = new AtomicInteger();
            ArticleAnalysis found = StoredAnalyses.read(withChecksum(body), "v", a -> {
                asked.incrementAndGet();
                return fresh;
            }).map(stored -> stored.find(article)).orElse(null);
            if (found == null) continue;
            assertThat(asked).as("nothing is analysed before the parts are used").hasValue(0);
            List<Token> tokens = found.tokens();
            assertThat(tokens.size()).isPositive();
            if (asked.get() > 0) assertThat(tokens).isEqualTo(fresh.tokens());
            int afterTokens = asked.get();
            assertThat(found.claims()).doesNotContainNull();
            if (asked.get() > afterTokens) {
                assertThat(found.entities()).isEqualTo(fresh.entities());
                assertThat(found.figures()).isEqualTo(fresh.figures());
                assertThat(found.claims()).isEqualTo(fresh.claims());
            }
            if (asked.get() > 0) lazilyRepaired++;
        }
        assertThat(lazilyRepaired).as("damage only found when the parts were first read").isPositive();
    }

    @Property(tries = 200)
    void randomBytesAreNotACache(@ForAll @Size(max = 400) byte[] bytes) {
        assertThat(StoredAnalyses.read(bytes, "v")).isEmpty();
        byte[] headed = new byte[bytes.length + 12];
        System.arraycopy("MAQALAN\n".getBytes(), 0, headed, 0, 8);
        headed[11] = (byte) StoredAnalyses.FORMAT;
        System.arraycopy(bytes, 0, headed, 12, bytes.length);
        StoredAnalyses.read(withChecksum(headed), "v").ifPresent(stored -> ARTICLES.forEach(stored::find));
    }

    @Property(tries = 100)
    void aCutOffFileIsNotACache(@ForAll("cuts") int length) {
        assertThat(StoredAnalyses.read(java.util.Arrays.copyOf(GOOD, length), "v")).isEmpty();
    }

    @Provide
    Arbitrary<List<int[]>> changes() {
        Arbitrary<int[]> change = Arbitraries.integers().between(0, Integer.MAX_VALUE)
                .flatMap(at -> Arbitraries.integers().between(0, 255).map(value -> new int[] {at, value}));
        return change.list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, GOOD.length - 1);
    }

    static byte[] withChecksum(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        return ByteBuffer.allocate(body.length + 8).put(body).putLong(crc.getValue()).array();
    }
}
