package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.maqal.lesson.FileProblem;
import org.maqal.lesson.Remedy;

/** The interface bundles: the Arabic one says everything the English one says, and the reverse. */
class BundlesTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/maqal/ui/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theArabicBundleHasEveryKeyOfTheEnglishOneAndNoOther() throws IOException {
        Properties english = bundle("messages");
        Properties arabic = bundle("messages_ar");

        assertThat(arabic.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(300);
    }

    @Test
    void everyFileProblemAndEveryRemedyIsSaidInBothLanguages() {
        for (String language : new String[] {"en", "ar"}) {
            Texts texts = Texts.of(language);
            assertThat(Arrays.stream(FileProblem.values()).map(p -> FileProblems.PREFIX + p.name()))
                    .as(language).allMatch(texts::has);
            assertThat(Arrays.stream(Remedy.values()).filter(r -> r != Remedy.NONE).map(r -> FileProblems.REMEDY_PREFIX + r.name()))
                    .as(language).allMatch(texts::has);
        }
    }
}
