package org.maqal.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maqal.text.ArabicNormalizer;

/**
 * Verbs that attribute speech or belief ("قال", "أكدت", "يرى", "مشيراً", "محذّرين"), with what each
 * may take before what is reported. Forms are listed in {@code reporting-verbs.txt}; attached و and
 * ف are recognised by rule ("وأضاف", "فقال"). Immutable and thread-safe.
 */
public final class ReportingVerbs {
    /** Whether a form is a finite verb or an active participle used as an adverb. */
    public enum Kind { FINITE, PARTICIPLE }

    /** Who a form agrees with. */
    public enum Agreement { MASCULINE, FEMININE, PLURAL }

    /**
     * A reporting verb.
     *
     * @param lemma      its dictionary form ("قال")
     * @param governs    normalised prepositions (or nouns) that may come before what is reported ("الي")
     * @param nounAfter  those of {@code governs} after which a noun phrase may be what is reported
     * @param nounObject whether a plain noun phrase may be what is reported ("نفى الاتهامات")
     * @param addressee  whether the person addressed may come first ("حذّر واشنطن من")
     * @param impersonal present forms that with no subject are the writer's note ("يذكر")
     */
    public record Verb(String lemma, Set<String> governs, Set<String> nounAfter, boolean nounObject,
                       boolean addressee, Set<String> impersonal) {
    }

    /**
     * A token read as a reporting verb.
     *
     * @param verb          the verb
     * @param kind          finite or participle
     * @param agreement     masculine, feminine or plural
     * @param prefixLetters letters of an attached conjunction (و، ف) before it
     * @param form          the normalised form without the conjunction
     */
    public record Use(Verb verb, Kind kind, Agreement agreement, int prefixLetters, String form) {
        public boolean impersonal() { return verb.impersonal().contains(form); }
    }

    private record Form(Verb verb, Kind kind, Agreement agreement) {
    }

    private final Map<String, Form> forms;

    private ReportingVerbs(Map<String, Form> forms) {
        this.forms = Map.copyOf(forms);
    }

    /** The verbs of {@code reporting-verbs.txt}. */
    public static ReportingVerbs standard() {
        return of(WordList.lines("reporting-verbs.txt"));
    }

    /** Verbs from lines in the format of {@code reporting-verbs.txt}. */
    public static ReportingVerbs of(List<String> lines) {
        Map<String, Form> forms = new HashMap<>();
        for (String line : lines) parseLine(line, forms);
        return new ReportingVerbs(forms);
    }

    private static void parseLine(String line, Map<String, Form> forms) {
        String[] fields = line.strip().split("\\s+");
        Map<String, List<String>> byKey = new HashMap<>();
        for (int i = 1; i < fields.length; i++) {
            int eq = fields[i].indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("Bad field " + fields[i] + " in: " + line);
            byKey.put(fields[i].substring(0, eq), List.of(fields[i].substring(eq + 1).split(",")));
        }
        Set<String> governs = new HashSet<>();
        Set<String> nounAfter = new HashSet<>();
        for (String g : byKey.getOrDefault("gov", List.of())) {
            boolean noun = g.endsWith("*");
            String word = ArabicNormalizer.normalize(noun ? g.substring(0, g.length() - 1) : g);
            governs.add(word);
            if (noun) nounAfter.add(word);
        }
        Set<String> impersonal = new HashSet<>();
        for (String w : byKey.getOrDefault("impersonal", List.of())) impersonal.add(ArabicNormalizer.normalize(w));
        Verb verb = new Verb(fields[0], Set.copyOf(governs), Set.copyOf(nounAfter),
                byKey.getOrDefault("np", List.of()).contains("yes"), byKey.getOrDefault("obj", List.of()).contains("yes"),
                Set.copyOf(impersonal));
        put(forms, byKey, "m", verb, Kind.FINITE, Agreement.MASCULINE);
        put(forms, byKey, "f", verb, Kind.FINITE, Agreement.FEMININE);
        put(forms, byKey, "p", verb, Kind.FINITE, Agreement.PLURAL);
        put(forms, byKey, "pm", verb, Kind.PARTICIPLE, Agreement.MASCULINE);
        put(forms, byKey, "pf", verb, Kind.PARTICIPLE, Agreement.FEMININE);
        put(forms, byKey, "pp", verb, Kind.PARTICIPLE, Agreement.PLURAL);
    }

    private static void put(Map<String, Form> forms, Map<String, List<String>> byKey, String key, Verb verb,
                            Kind kind, Agreement agreement) {
        for (String w : byKey.getOrDefault(key, List.of())) forms.put(ArabicNormalizer.normalize(w), new Form(verb, kind, agreement));
    }

    /** The reporting verb a normalised word is, with an attached و or ف allowed, or null. */
    public Use match(String normal) {
        Form form = forms.get(normal);
        if (form != null) return new Use(form.verb(), form.kind(), form.agreement(), 0, normal);
        if (normal.length() > 3 && (normal.charAt(0) == 'و' || normal.charAt(0) == 'ف')) {
            String rest = normal.substring(1);
            form = forms.get(rest);
            if (form != null) return new Use(form.verb(), form.kind(), form.agreement(), 1, rest);
        }
        return null;
    }

    /** Whether a normalised word is a form of a reporting verb. */
    public boolean contains(String normal) {
        return match(normal) != null;
    }

    /** The lemmas of all verbs, in no particular order. */
    public List<String> lemmas() {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (Form f : forms.values()) if (seen.add(f.verb().lemma())) out.add(f.verb().lemma());
        return out;
    }
}
