package org.maqal.exercise.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.maqal.exercise.EntityKeys;
import org.maqal.exercise.WordKeys;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Entity;
import org.maqal.model.Span;
import org.maqal.model.Token;

/**
 * One clause of a claim or sentence, as claims are compared: the keys of its content words and of the
 * entities it names, and the keys a negation governs ("لن تأخذ" negates "تأخذ").
 *
 * @param keys     word keys and entity keys ("e:" + key)
 * @param negated  the keys of words right after a negation, or every key when the whole is denied
 * @param negative whether the clause as a whole says no: it holds a negation, or is denied (not both)
 * @param denied   whether a denial verb reports the whole clause ("نفى أن تكون المياه ملوثة")
 */
record Clause(Set<String> keys, Set<String> negated, boolean negative, boolean denied) {
    private static final Set<String> BREAKS = Set.of("،", ",", "؛", ";", ".", ":", "!", "؟", "?");
    private static final int NEGATION_REACH = 2;

    Clause {
        keys = Set.copyOf(keys);
        negated = Set.copyOf(negated);
    }

    /** The clauses of some tokens, split at commas and stops; a denied text has all its keys negated. */
    static List<Clause> of(ArticleAnalysis article, List<Token> tokens, boolean denied, EntityKeys entityKeys) {
        List<Clause> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || BREAKS.contains(tokens.get(i).text())) {
                if (i > from) out.add(clause(article, tokens.subList(from, i), denied, entityKeys));
                from = i + 1;
            }
        }
        return out;
    }

    private static Clause clause(ArticleAnalysis article, List<Token> tokens, boolean denied, EntityKeys entityKeys) {
        Set<String> keys = new LinkedHashSet<>(WordKeys.contentKeys(tokens));
        int start = tokens.get(0).start();
        int end = tokens.get(tokens.size() - 1).end();
        for (Entity e : article.entities()) {
            for (Span m : e.mentions()) {
                if (m.start() >= start && m.end() <= end) {
                    keys.add("e:" + entityKeys.key(e));
                    break;
                }
            }
        }
        Set<String> negated = new HashSet<>();
        boolean negation = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (!Polarity.negates(tokens, i)) continue;
            negation = true;
            for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + NEGATION_REACH); k++) {
                if (tokens.get(k).isContentWord()) negated.add(WordKeys.key(tokens.get(k)));
            }
        }
        if (denied) negated.addAll(keys);
        return new Clause(keys, negated, denied != negation, denied);
    }
}
