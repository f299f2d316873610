package org.maqal.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maqal.model.ArticleReport;
import org.maqal.model.Item;
import org.maqal.model.Lesson;
import org.maqal.model.MultipleChoice;
import org.maqal.model.Ordering;
import org.maqal.model.Section;
import org.maqal.model.Source;
import org.maqal.model.TableSheet;

/** What every generated section must satisfy, whatever the articles and the seed. */
public final class SectionInvariants {
    private SectionInvariants() {
    }

    public static void check(Section section, GenerationContext context) {
        List<ArticleReport> articles = context.articles();
        assertThat(section.items()).hasSizeLessThanOrEqualTo(context.count());
        assertThat(section.instructions().arabic()).isNotBlank();
        assertThat(section.instructions().english()).isNotBlank();
        Set<String> prompts = new HashSet<>();
        for (Item item : section.items()) {
            assertThat(prompts.add(item.prompt())).as("prompt repeated: %s", item.prompt()).isTrue();
            assertThat(item.sources()).as("item %s cites no sentence", item.id()).isNotEmpty();
            for (Source s : item.sources()) {
                ArticleReport r = articles.stream().filter(a -> a.id().equals(s.articleId())).findFirst().orElse(null);
                assertThat(r).as("item %s cites an article outside the lesson", item.id()).isNotNull();
                assertThat(s.sentenceIndex()).isLessThan(r.analysis().sentences().size());
            }
            if (item instanceof TableSheet t) {
                assertThat(t.answer()).isNotEmpty();
                for (int i = 0; i < t.answer().size(); i++) {
                    assertThat(t.rowSource(i)).as("row %d of %s has no sentence", i, t.id()).isPresent();
                }
                assertThat(t.studentColumns()).isNotEmpty();
                assertThat(new HashSet<>(t.answer())).as("rows repeat in %s", t.id()).hasSameSizeAs(t.answer());
            }
            if (item instanceof MultipleChoice m) {
                assertThat(m.options()).doesNotHaveDuplicates().contains(m.answer());
            }
            if (item instanceof Ordering o) {
                assertThat(o.options()).containsExactlyInAnyOrderElementsOf(o.answer()).isNotEqualTo(o.answer());
            }
        }
        new Lesson("check", "check", context.language(), articles.stream().map(r -> ArticleRefs.of(r.article())).toList(),
                List.of(section), context.seed(), Instant.EPOCH);
    }
}
