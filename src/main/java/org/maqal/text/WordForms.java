package org.maqal.text;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for each written Arabic word, its normal form, light stem and whether it is a function
 * word, so that a word seen before costs one lookup and its strings are shared by every token that
 * uses it. Bounded: past {@code capacity} distinct words it computes without remembering.
 * Thread-safe.
 */
final class WordForms {
    /** What the pipeline knows of one written word. */
    record Form(String text, String normal, String stem, boolean function) {
    }

    private final ConcurrentHashMap<String, Form> forms = new ConcurrentHashMap<>();
    private final LightStemmer stemmer;
    private final FunctionWords functionWords;
    private final int capacity;

    WordForms(LightStemmer stemmer, FunctionWords functionWords, int capacity) {
        this.stemmer = stemmer;
        this.functionWords = functionWords;
        this.capacity = capacity;
    }

    /** The form of an Arabic word as written in {@code text} between {@code start} and {@code end}. */
    Form arabic(String text, int start, int end) {
        String written = text.substring(start, end);
        Form known = forms.get(written);
        if (known != null) return known;
        String normal = ArabicNormalizer.normalize(written);
        Form form = new Form(written, normal, stemmer.stem(normal), functionWords.contains(normal));
        if (forms.size() < capacity) {
            Form raced = forms.putIfAbsent(written, form);
            if (raced != null) return raced;
        }
        return form;
    }
}
