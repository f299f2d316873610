package org.maqal.exercise.comparison;

import java.util.List;
import org.maqal.model.Item;

/**
 * The items one aspect of the comparison can offer, best first, and what it left out and why.
 *
 * @param aspect  its name in the lesson's language, for skip notes ("الأرقام", "voices"…)
 * @param items   its items, most useful first
 * @param skipped notes on what it could not make
 */
record Part(String aspect, List<Item> items, List<String> skipped) {
    Part {
        items = List.copyOf(items);
        skipped = List.copyOf(skipped);
    }
}
