package org.maqal.lesson.student;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.maqal.text.AnswerNormalizer;

/**
 * One student's work on a student copy, as saved while they answer and as handed in. Immutable: every
 * change makes a new value.
 *
 * @param lessonId    the lesson the copy was made from
 * @param lessonTitle its title, so a person can tell the file apart
 * @param copyId      the copy answered
 * @param student     who answered
 * @param responses   item id to the student's answer
 * @param flags       ids of the items the student marked to come back to
 * @param started     when the work began
 * @param changed     when it last changed
 * @param handedIn    when it was handed in, or null while it is not
 * @param attempt     the hand-in's number for this student (1, 2, …), 0 while it is not handed in
 */
public record StudentWork(String lessonId, String lessonTitle, String copyId, Student student,
                          Map<String, Response> responses, Set<String> flags, Instant started, Instant changed,
                          Instant handedIn, int attempt) {
    /**
     * Who did the work, as they typed it.
     *
     * @param name      the student's name; not blank
     * @param className their class (a form, a group); may be empty
     */
    public record Student(String name, String className) {
        public Student {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("a student needs a name");
            name = name.strip();
            className = className == null ? "" : className.strip();
        }

        /**
         * Who this is for telling students apart: name and class with spelling variants, case and
         * spacing ignored, so "Ali  Hassan" of "10b" and "ali hassan" of "10B" are the same student.
         */
        public String key() {
            return AnswerNormalizer.key(name, false) + "|" + AnswerNormalizer.key(className, false);
        }
    }

    /** An answer and when it was given. */
    public record Response(Answer answer, Instant at) {
        public Response {
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(at, "at");
        }
    }

    public StudentWork {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(lessonTitle, "lessonTitle");
        Objects.requireNonNull(copyId, "copyId");
        Objects.requireNonNull(student, "student");
        responses = Map.copyOf(responses);
        flags = Set.copyOf(flags);
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(changed, "changed");
        if (attempt < 0 || (handedIn == null) != (attempt == 0)) {
            throw new IllegalArgumentException("a hand-in needs a time and a number from 1; work not handed in has neither");
        }
    }

    /** New work on a copy, with nothing answered. */
    public static StudentWork begin(StudentCopy copy, Student student, Instant now) {
        return new StudentWork(copy.lessonId(), copy.title(), copy.copyId(), student, Map.of(), Set.of(), now, now, null, 0);
    }

    /** The answer given to an item, if any. */
    public Optional<Answer> answer(String itemId) {
        Response r = responses.get(itemId);
        return r == null ? Optional.empty() : Optional.of(r.answer());
    }

    /** The work with this answer to the item (an empty answer removes it). */
    public StudentWork withAnswer(String itemId, Answer answer, Instant now) {
        Map<String, Response> copy = new HashMap<>(responses);
        if (answer.isEmpty()) {
            copy.remove(itemId);
        } else {
            copy.put(itemId, new Response(answer, now));
        }
        return new StudentWork(lessonId, lessonTitle, copyId, student, copy, flags, started, now, handedIn, attempt);
    }

    /** The work with the item flagged to come back to, or not. */
    public StudentWork withFlag(String itemId, boolean flagged, Instant now) {
        Set<String> copy = new HashSet<>(flags);
        if (flagged) copy.add(itemId); else copy.remove(itemId);
        return new StudentWork(lessonId, lessonTitle, copyId, student, responses, copy, started, now, handedIn, attempt);
    }

    /** The work as handed in at this time, as the student's hand-in number {@code attempt}. */
    public StudentWork handedIn(Instant at, int number) {
        return new StudentWork(lessonId, lessonTitle, copyId, student, responses, flags, started, changed, at, number);
    }
}
