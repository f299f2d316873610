package org.maqal.lesson.student;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks answers against the hashes of a copy with instant feedback. Each part costs one slow hash
 * the first time it is given a value; the verdict is remembered, so checking again after a change to
 * one part of a matching or table only hashes that part. Thread-safe.
 */
public final class InstantFeedback {
    private final StudentCopy copy;
    private final AnswerHasher hasher;
    private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();

    /** A checker for the copy; it checks nothing unless the copy gives instant feedback. */
    public InstantFeedback(StudentCopy copy) {
        this.copy = Objects.requireNonNull(copy, "copy");
        this.hasher = copy.hashing() == null ? null : copy.hashing().hasher();
    }

    /**
     * The feedback on an answer to an item: {@link Feedback#NOT_CHECKED} when the copy gives no instant
     * feedback or the teacher marks the item, {@code UNANSWERED} for no answer (null), an empty one
     * or one of the wrong kind, else the verdict per part. May take some milliseconds per part; call it off the
     * window's thread.
     *
     * @throws IllegalArgumentException for an item id the copy does not have
     */
    public Feedback check(String itemId, Answer answer) {
        StudentItem item = copy.item(itemId).orElseThrow(() -> new IllegalArgumentException("the copy has no item \"" + itemId + "\""));
        if (hasher == null || item.checks().isEmpty()) return Feedback.NOT_CHECKED;
        Map<String, String> given = AnswerParts.given(item.type(), answer, item.articleOptional());
        Map<String, Boolean> parts = new LinkedHashMap<>();
        for (StudentItem.HashedPart part : item.checks()) {
            String key = given.get(part.part());
            if (key == null) continue;
            parts.put(part.part(), verdicts.computeIfAbsent(itemId + '\u001F' + part.part() + '\u001F' + key,
                    k -> hasher.matches(itemId, part.part(), key, part.hashes())));
        }
        return new Feedback(status(parts, item.checks().size()), parts);
    }

    /**
     * Hashes a few throw-away answers, so that the first real check does not wait for the JVM to
     * compile the hash function (some hundred milliseconds on a cold start). Call it once, off the
     * window's thread, when the copy opens; does nothing without instant feedback.
     */
    public void warmUp() {
        if (hasher == null) return;
        for (int i = 0; i < 20; i++) hasher.hash("warm-up", AnswerParts.WHOLE, String.valueOf(i));
    }

    private static Feedback.Status status(Map<String, Boolean> parts, int total) {
        long right = parts.values().stream().filter(b -> b).count();
        if (parts.isEmpty()) return Feedback.Status.UNANSWERED;
        if (right == total) return Feedback.Status.RIGHT;
        return right == 0 ? Feedback.Status.WRONG : Feedback.Status.PARTLY_RIGHT;
    }
}
