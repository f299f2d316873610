package org.maqal.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.maqal.model.WordForm;

/**
 * Remembers, for each written word, its normal form, light stem and whether it is a function word,
 * so that a word seen before costs one lookup, made where it stands in the text without copying
 * it. Its strings are shared by every token that uses it, and the normal form and stem by every
 * written form of one word ("مُهِمّته" and "مهمته"). Bounded: past {@code capacity} distinct words
 * it computes without remembering. Each normal form it remembers has a small dense number, its
 * word id, the same for every written form of the word; past {@code capacity} normal forms a word
 * has the id -1. Thread-safe.
 */
final class WordForms {
    /**
     * What the pipeline knows of one written word; {@code id} is its normal form's word id, or -1;
     * {@code function} is the word's own mark, kept beside the id so that a tokenizer reads both from
     * one place.
     */
    record Form(WordForm word, int id, boolean function) {
        Form(WordForm word, int id) {
            this(word, id, word.function());
        }
    }

    private final WordTable<Form> arabic;
    private final WordTable<Form> other;
    /** Each normal form's word, made once: its id says which normal form it is, so two forms must never share a normal. */
    private final ConcurrentHashMap<String, Form> normals = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final int capacity;
    private final LightStemmer stemmer;
    private final FunctionWords functionWords;

    WordForms(LightStemmer stemmer, FunctionWords functionWords, int capacity) {
        this.stemmer = stemmer;
        this.functionWords = functionWords;
        this.capacity = capacity;
        this.arabic = new WordTable<>(this::ofArabic, capacity);
        this.other = new WordTable<>(this::ofOther, capacity);
    }

    /** This thread's recent words of this memo's two tables; not thread-safe, so keep it to one thread's run of look-ups. */
    static final class Recent {
        private final WordTable.Recent<Form> arabic = new WordTable.Recent<>(4096);
        private final WordTable.Recent<Form> other = new WordTable.Recent<>(256);
    }

    private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);

    /** The recent words of this thread, to pass to {@link #arabic} and {@link #other} for one text. */
    Recent recent() {
        return recent.get();
    }

    /** The form of an Arabic word as written in {@code text} between {@code start} and {@code end}. */
    Form arabic(char[] text, int start, int end, Recent recent) {
        return arabic.get(text, start, end, recent.arabic);
    }

    /** The form of a number, Latin word or punctuation mark: its normal form is also its stem. */
    Form other(char[] text, int start, int end, Recent recent) {
        return other.get(text, start, end, recent.other);
    }

    /** The word id of a normal form, or -1 when no token of this pipeline has had it (or there was no room for it). */
    int id(String normal) {
        Form word = normals.get(normal);
        return word == null ? -1 : word.id();
    }

    private Form ofArabic(String written) {
        Form word = normal(ArabicNormalizer.normalize(written));
        WordForm normal = word.word();
        return new Form(new WordForm(written, normal.normal(), normal.stem(), normal.function()), word.id());
    }

    private Form ofOther(String written) {
        Form word = normal(ArabicNormalizer.normalize(written));
        String normal = word.word().normal();
        return new Form(new WordForm(written, normal, normal, false), word.id());
    }

    /**
     * The word a normal form stands for: the normal form itself, its stem, its function-word mark and
     * its id. Made at most once per normal form while there is room, so that one id means one normal form.
     */
    private Form normal(String normal) {
        Form word = normals.get(normal);
        if (word != null) return word;
        if (normals.size() >= capacity) return ofNormal(normal, -1);
        return normals.computeIfAbsent(normal, n -> ofNormal(n, ids.getAndIncrement()));
    }

    private Form ofNormal(String normal, int id) {
        return new Form(new WordForm(normal, normal, stemmer.stem(normal), functionWords.contains(normal)), id);
    }
}
