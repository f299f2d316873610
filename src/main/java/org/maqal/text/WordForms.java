package org.maqal.text;

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

    private final WordMemo<Form> forms;
    private final LightStemmer stemmer;
    private final FunctionWords functionWords;

    WordForms(LightStemmer stemmer, FunctionWords functionWords, int capacity) {
        this.stemmer = stemmer;
        this.functionWords = functionWords;
        this.forms = new WordMemo<>(this::compute, capacity);
    }

    /** The form of an Arabic word as written in {@code text} between {@code start} and {@code end}. */
    Form arabic(String text, int start, int end) {
        return forms.get(text.substring(start, end));
    }

    private Form compute(String written) {
        String normal = ArabicNormalizer.normalize(written);
        return new Form(written, normal, stemmer.stem(normal), functionWords.contains(normal));
    }
}
