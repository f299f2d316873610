package org.maqal.lesson.student;

import static org.maqal.lesson.Fields.array;
import static org.maqal.lesson.Fields.bool;
import static org.maqal.lesson.Fields.integer;
import static org.maqal.lesson.Fields.optText;
import static org.maqal.lesson.Fields.optTexts;
import static org.maqal.lesson.Fields.text;
import static org.maqal.lesson.Fields.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.maqal.lesson.Fields;
import org.maqal.lesson.Malformed;

/**
 * A student's work as a JSON tree: {@code {format, schemaVersion, lesson: {id, title}, copyId,
 * student: {name, class}, started, changed, handedIn, attempt, flags, answers: [{item, kind, …, at}]}}.
 * An answer's {@code kind} is {@code text} (with {@code text}), {@code choice} ({@code option}),
 * {@code judgement} ({@code value}: true or false), {@code matches} ({@code pairs}: [{left, right}]),
 * {@code order} ({@code entries}) or {@code cells} ({@code cells}: [{row, column, text}]). Answers are
 * written in item id order, so two saves of the same work are the same bytes.
 */
final class WorkJson {
    private WorkJson() {
    }

    static ObjectNode write(StudentWork work) {
        ObjectNode o = FileFormat.WORK.stamp();
        o.putObject("lesson").put("id", work.lessonId()).put("title", work.lessonTitle());
        o.put("copyId", work.copyId());
        o.putObject("student").put("name", work.student().name()).put("class", work.student().className());
        o.put("started", work.started().toString());
        o.put("changed", work.changed().toString());
        if (work.handedIn() == null) o.putNull("handedIn"); else o.put("handedIn", work.handedIn().toString());
        o.put("attempt", work.attempt());
        JsonParts.strings(o.putArray("flags"), work.flags().stream().sorted().toList());
        ArrayNode answers = o.putArray("answers");
        new TreeMap<>(work.responses()).forEach((id, r) -> {
            ObjectNode a = answers.addObject().put("item", id);
            answer(a, r.answer());
            a.put("at", r.at().toString());
        });
        return o;
    }

    private static void answer(ObjectNode a, Answer answer) {
        if (answer instanceof Answer.Text t) {
            a.put("kind", "text").put("text", t.text());
        } else if (answer instanceof Answer.Choice c) {
            a.put("kind", "choice").put("option", c.option());
        } else if (answer instanceof Answer.Judgement j) {
            a.put("kind", "judgement").put("value", j.value());
        } else if (answer instanceof Answer.Matches m) {
            ArrayNode pairs = a.put("kind", "matches").putArray("pairs");
            new TreeMap<>(m.rightByLeft()).forEach((l, r) -> pairs.addObject().put("left", l).put("right", r));
        } else if (answer instanceof Answer.Order o) {
            JsonParts.strings(a.put("kind", "order").putArray("entries"), o.entries());
        } else if (answer instanceof Answer.Cells cells) {
            ArrayNode list = a.put("kind", "cells").putArray("cells");
            cells.cells().forEach(c -> list.addObject().put("row", c.row()).put("column", c.column()).put("text", c.text()));
        }
    }

    /** The work a tree of the current version describes; refuses with {@link Malformed} or IllegalArgumentException. */
    static StudentWork read(JsonNode o) {
        JsonNode lesson = Fields.object(o.get("lesson"), "lesson");
        JsonNode student = Fields.object(o.get("student"), "student");
        Map<String, StudentWork.Response> responses = new LinkedHashMap<>();
        List<JsonNode> answers = array(o, "answers", "");
        for (int i = 0; i < answers.size(); i++) {
            String path = "answers[" + i + "]";
            JsonNode a = Fields.object(answers.get(i), path);
            String item = text(a, "item", path);
            if (responses.put(item, new StudentWork.Response(answer(a, path), JsonParts.instant(a, "at", path))) != null) {
                throw new Malformed("item \"" + item + "\" is answered twice");
            }
        }
        int attempt = o.has("attempt") ? integer(o, "attempt", "") : 0;
        return new StudentWork(text(lesson, "id", "lesson"), optText(lesson, "title", "lesson"), optText(o, "copyId", ""),
                new StudentWork.Student(text(student, "name", "student"), optText(student, "class", "student")),
                responses, new HashSet<>(optTexts(o, "flags", "")), JsonParts.instant(o, "started", ""),
                JsonParts.instant(o, "changed", ""), JsonParts.optInstant(o, "handedIn", ""), attempt);
    }

    private static Answer answer(JsonNode a, String path) {
        String kind = text(a, "kind", path);
        return switch (kind) {
            case "text" -> new Answer.Text(text(a, "text", path));
            case "choice" -> new Answer.Choice(text(a, "option", path));
            case "judgement" -> new Answer.Judgement(bool(a, "value", path));
            case "matches" -> {
                Map<String, String> pairs = new HashMap<>();
                for (JsonNode p : array(a, "pairs", path)) {
                    Fields.object(p, path + ".pairs");
                    pairs.put(text(p, "left", path + ".pairs"), text(p, "right", path + ".pairs"));
                }
                yield new Answer.Matches(pairs);
            }
            case "order" -> new Answer.Order(texts(a, "entries", path));
            case "cells" -> {
                List<Answer.Cell> cells = new ArrayList<>();
                for (JsonNode c : array(a, "cells", path)) {
                    String where = path + ".cells";
                    Fields.object(c, where);
                    cells.add(new Answer.Cell(integer(c, "row", where), integer(c, "column", where), text(c, "text", where)));
                }
                yield new Answer.Cells(cells);
            }
            default -> throw new Malformed(path + " has an unknown kind of answer \"" + kind + "\"");
        };
    }
}
