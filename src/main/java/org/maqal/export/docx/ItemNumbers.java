package org.maqal.export.docx;

import java.util.HashMap;
import java.util.Map;
import org.maqal.export.Labels;
import org.maqal.model.Item;
import org.maqal.model.Lesson;

/**
 * The numbers items carry on the worksheet and in the answer key: one count through the whole
 * lesson, in the lesson's digits, so that "question ٧" means the same item on both.
 */
final class ItemNumbers {
    private final Map<String, String> numbers = new HashMap<>();

    ItemNumbers(Lesson lesson, Labels labels) {
        int n = 0;
        for (Item item : lesson.items().toList()) numbers.put(item.id(), labels.number(++n));
    }

    String of(Item item) {
        return numbers.getOrDefault(item.id(), "");
    }
}
