package org.maqal.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How strictly a lesson's typed answers are marked, beyond the spelling variants always forgiven
 * (diacritics, tatweel, alef and hamza forms, final ى/ي and ة/ه, spaces, punctuation): whether the
 * definite article ال may be left out or added. The lesson's setting holds for every item unless
 * the item has its own.
 *
 * @param articleOptional whether ال is optional in the lesson's answers
 * @param items           item id to that item's own setting; ids of items no longer in the lesson are ignored
 */
public record AnswerRules(boolean articleOptional, Map<String, Boolean> items) {
    /** ال is required as written, for every item. */
    public static final AnswerRules STRICT = new AnswerRules(false, Map.of());

    public AnswerRules {
        Objects.requireNonNull(items, "items");
        items.forEach((id, optional) -> {
            Checks.id(id, "an answer rule");
            Objects.requireNonNull(optional, () -> "the answer rule of item \"" + id + "\" is empty");
        });
        items = Map.copyOf(items);
    }

    /** Whether ال is optional in the answers of this item. */
    public boolean articleOptional(String itemId) {
        return items.getOrDefault(itemId, articleOptional);
    }

    /** A copy where ال is optional, or not, in every item without its own setting. */
    public AnswerRules withArticleOptional(boolean optional) {
        return new AnswerRules(optional, items);
    }

    /** A copy where this item has its own setting. */
    public AnswerRules withItem(String itemId, boolean optional) {
        Map<String, Boolean> copy = new HashMap<>(items);
        copy.put(itemId, optional);
        return new AnswerRules(articleOptional, copy);
    }
}
