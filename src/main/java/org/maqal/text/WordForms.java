package org.maqal.text;

/**
 * Remembers, for each written word, its normal form, light stem and whether it is a function word,
 * so that a word seen before costs one lookup, made where it stands in the text without copying
 * it. Its strings are shared by every token that uses it, and the normal form and stem by every
 * written form of one word ("مُهِمّته" and "مهمته"). Bounded: past {@code capacity} distinct words
 * it computes without remembering. Thread-safe.
 */
final class WordForms {
    /** What the pipeline knows of one written word. */
    record Form(String text, String normal, String stem, boolean function) {
    }

    private final WordTable<Form> arabic;
    private final WordTable<Form> other;
    private final WordMemo<Form> normals;
    private final LightStemmer stemmer;
    private final FunctionWords functionWords;

    WordForms(LightStemmer stemmer, FunctionWords functionWords, int capacity) {
        this.stemmer = stemmer;
        this.functionWords = functionWords;
        this.normals = new WordMemo<>(this::ofNormal, capacity);
        this.arabic = new WordTable<>(this::ofArabic, capacity);
        this.other = new WordTable<>(this::ofOther, capacity);
    }

    /** The form of an Arabic word as written in {@code text} between {@code start} and {@code end}. */
    Form arabic(char[] text, int start, int end) {
        return arabic.get(text, start, end);
    }

    /** The form of a number, Latin word or punctuation mark: its normal form is also its stem. */
    Form other(char[] text, int start, int end) {
        return other.get(text, start, end);
    }

    private Form ofArabic(String written) {
        Form word = normals.get(ArabicNormalizer.normalize(written));
        return new Form(written, word.normal(), word.stem(), word.function());
    }

    private Form ofOther(String written) {
        String normal = normals.get(ArabicNormalizer.normalize(written)).normal();
        return new Form(written, normal, normal, false);
    }

    /** The word a normal form stands for: the normal form itself, its stem and its function-word mark. */
    private Form ofNormal(String normal) {
        return new Form(normal, normal, stemmer.stem(normal), functionWords.contains(normal));
    }
}
