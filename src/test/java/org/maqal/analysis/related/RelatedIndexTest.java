package org.maqal.analysis.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.corpus.SyntheticCorpus;
import org.maqal.model.Article;
import org.maqal.testing.Seeds;

class RelatedIndexTest {
    private static final List<Article> SEEDS = Seeds.corpus().articles();

    private static List<String> ids(List<Related> related) {
        return related.stream().map(Related::articleId).toList();
    }

    private static List<Article> with(List<Article> first, Article... more) {
        List<Article> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void theFiveReportsOnNatoInIraqRankEachOtherAboveUnrelatedArticles() {
        RelatedIndex index = RelatedIndex.build(with(SEEDS, Unrelated.HARVEST, Unrelated.FOOTBALL));

        for (Article seed : SEEDS) {
            List<Related> related = index.related(seed.id(), 10);
            List<String> others = SEEDS.stream().map(Article::id).filter(id -> !id.equals(seed.id())).toList();
            assertThat(ids(related).subList(0, 4)).as("best for %s", seed.id()).containsExactlyInAnyOrderElementsOf(others);
            double weakestSeed = related.get(3).score();
            assertThat(related.subList(4, related.size())).allSatisfy(r ->
                    assertThat(r.score()).as("%s beside %s", r.articleId(), seed.id()).isLessThan(weakestSeed / 2));
        }
    }

    @Test
    void aSeedFindsItsOwnVariationsFirst() {
        List<Article> variations = new SyntheticCorpus(SEEDS).generate(15, 11);
        RelatedIndex index = RelatedIndex.build(with(with(SEEDS, Unrelated.HARVEST), variations.toArray(Article[]::new)));

        for (int s = 0; s < SEEDS.size(); s++) {
            int seed = s;
            List<String> own = variations.stream().filter(v -> Integer.parseInt(v.id().substring(4)) % 5 == seed)
                    .map(Article::id).toList();
            assertThat(ids(index.related(SEEDS.get(s).id(), own.size())))
                    .as("variations of %s", SEEDS.get(s).id()).containsExactlyInAnyOrderElementsOf(own);
        }
        for (Article v : variations) {
            String original = SEEDS.get(Integer.parseInt(v.id().substring(4)) % 5).id();
            List<String> best = ids(index.related(v.id(), 3));
            assertThat(best).as("the three most like %s", v.id()).contains(original);
        }
    }

    @Test
    void scoresRunFromZeroToOneBestFirstAndTheSameWordsScoreOne() {
        Article seed = SEEDS.get(1);
        Article voweled = new Article("voweled", seed.metadata(), seed.text().replace("الناتو", "النَّاتُو"));
        RelatedIndex index = RelatedIndex.build(with(SEEDS, voweled, Unrelated.HARVEST));

        List<Related> related = index.related(seed.id(), 10);

        assertThat(related.get(0).articleId()).isEqualTo("voweled");
        assertThat(related.get(0).score()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(related).extracting(Related::score).isSortedAccordingTo((a, b) -> Double.compare(b, a))
                .allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
        assertThat(ids(related)).doesNotContain(seed.id());
    }

    @Test
    void topLimitsTheListAndAnArticleWithoutWordsHasNoRelated() {
        Article numbers = new Article("numbers", SEEDS.get(0).metadata(), "2024 ، 17.7 — 300 !");
        RelatedIndex index = RelatedIndex.build(with(SEEDS, numbers));

        assertThat(index.related(SEEDS.get(0).id(), 2)).hasSize(2);
        assertThat(index.related("numbers", 5)).isEmpty();
        assertThat(ids(index.related(SEEDS.get(0).id(), 10))).doesNotContain("numbers");
        assertThat(index.size()).isEqualTo(6);
        assertThat(index.contains("numbers")).isTrue();
    }

    @Test
    void refusesUnknownIdsABadTopAndTwoArticlesWithOneId() {
        RelatedIndex index = RelatedIndex.build(SEEDS);
        assertThatThrownBy(() -> index.related("999", 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.related(SEEDS.get(0).id(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RelatedIndex.build(with(SEEDS, SEEDS.get(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SEEDS.get(0).id());
    }
}
