package org.maqal.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Version 0, the early draft, to version 1: items had {@code question} where they now have
 * {@code prompt}, and sections had {@code instructions} as one plain string where they now have
 * {@code {arabic, english}} (the string goes to the language it is written in).
 */
final class DraftToV1 implements Migration {
    @Override
    public int from() {
        return 0;
    }

    @Override
    public void apply(ObjectNode lesson) {
        for (JsonNode section : lesson.path("sections")) {
            if (!(section instanceof ObjectNode s)) continue;
            JsonNode instructions = s.get("instructions");
            if (instructions != null && instructions.isTextual()) {
                String text = instructions.textValue();
                boolean arabic = text.chars().anyMatch(c -> c >= '\u0600' && c <= '\u06FF');
                s.putObject("instructions").put("arabic", arabic ? text : "").put("english", arabic ? "" : text);
            }
            for (JsonNode item : s.path("items")) {
                if (item instanceof ObjectNode i && i.has("question") && !i.has("prompt")) {
                    i.set("prompt", i.remove("question"));
                }
            }
        }
    }
}
