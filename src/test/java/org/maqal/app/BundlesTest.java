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
    void everyFileProblemButOtherIsSaidInBothLanguages() {
        for (String language : new String[] {"en", "ar"}) {
            Texts texts = Texts.of(language);
            assertThat(Arrays.stream(FileProblem.values()).filter(p -> p != FileProblem.OTHER))
                    .as(language).allMatch(p -> texts.has(FileProblems.PREFIX + p.name()));
        }
    }
}
