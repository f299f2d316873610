package org.maqal.exercise.vocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.maqal.exercise.ArticleTokens;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.ItemIds;
import org.maqal.exercise.SectionGenerator;
import org.maqal.exercise.SkipNotes;
import org.maqal.exercise.Wording;
import org.maqal.model.Item;
import org.maqal.model.Section;
import org.maqal.model.SectionKind;

/**
 * The vocabulary section: the key-word list ({@link KeyWordList}), gap-fills with a word bank or
 * choices ({@link GapFills}, distractors by {@link Distractors}), matching words to glosses or to
 * sentences ({@link WordMatching}) and word families ({@link WordFamilies}), in that order. Every item
 * is built from the lesson's articles; distractors come from the whole corpus. No sentence serves two
 * items, so one never gives away another. At most {@link GenerationContext#count()} items of each
 * item type. Thread-safe; it keeps the word index of the last corpus analysis it saw, so regenerating
 * from one analysis does not index the corpus again.
 */
public final class VocabularyGenerator implements SectionGenerator {
    private final WordRules rules = new WordRules();
    private final LessonWords lessonWords = new LessonWords(rules);
    private final KeyWordList keyWords = new KeyWordList();
    private volatile CorpusWords lastCorpus;

    @Override
    public SectionKind kind() {
        return SectionKind.VOCABULARY;
    }

    @Override
    public Section generate(GenerationContext context) {
        Wording wording = Wording.of(VocabularyGenerator.class, context.language());
        SkipNotes notes = new SkipNotes();
        ItemIds ids = new ItemIds();
        Random random = context.random(kind());
        List<ArticleTokens> articles = context.articles().stream().map(ArticleTokens::of).toList();
        List<LessonWord> words = lessonWords.gather(articles, notes);
        if (words.isEmpty()) {
            notes.add("skip.noWords");
            return new Section(kind(), wording.instructions("instructions"), List.of(), List.of(), notes.render(wording));
        }
        CorpusWords corpus = corpusWords(context);
        Distractors distractors = new Distractors(corpus);

        List<Item> items = new ArrayList<>();
        List<KeyWordList.Entry> entries = keyWords.entries(words, context, ids);
        entries.forEach(e -> items.add(e.item()));
        Set<String> taken = new HashSet<>();
        entries.forEach(e -> taken.add(e.example().sentenceKey()));

        GapFills.Result gaps = new GapFills(distractors).make(words, taken, context, random, ids, notes);
        items.addAll(gaps.items());
        Set<String> gapped = new HashSet<>();
        gaps.items().forEach(g -> gapped.add(g.answer()));
        List<Item> matching = new ArrayList<>(new WordMatching(distractors).make(words, gapped, taken, context, random, ids, wording, notes));
        matching.addAll(new WordFamilies(distractors).make(words, context.count() - matching.size(), random, ids, wording, notes));
        items.addAll(matching);
        return new Section(kind(), wording.instructions("instructions"), items, gaps.wordBank(), notes.render(wording));
    }

    /** The corpus's words, kept from the last generation while the corpus analysis is the same object. */
    private CorpusWords corpusWords(GenerationContext context) {
        CorpusWords last = lastCorpus;
        if (last != null && last.of(context.corpus())) return last;
        CorpusWords fresh = new CorpusWords(context.corpus(), rules);
        lastCorpus = fresh;
        return fresh;
    }
}
