package org.maqal.app;

import java.util.List;

/**
 * Something to tell the teacher, not yet in a language: a key of the interface bundle and its
 * arguments, or a literal sentence (the core's error messages come that way).
 *
 * @param key  a key of {@link Texts#BUNDLE}, or empty for a literal
 * @param args the values for the key's placeholders; for a literal, the sentence alone
 */
public record Message(String key, List<Object> args) {
    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** A sentence shown as it is. */
    public static Message literal(String text) {
        return new Message("", List.of(text));
    }

    /** Several messages shown one per line. */
    public static Message lines(List<Message> lines) {
        return new Message(LINES, List.copyOf(lines));
    }

    private static final String LINES = "\n";

    /** The message in these texts' language. */
    public String in(Texts texts) {
        if (key.isEmpty()) return String.valueOf(args.get(0));
        if (key.equals(LINES)) {
            return String.join("\n", args.stream().map(a -> ((Message) a).in(texts)).toList());
        }
        return texts.get(key, args.stream().map(a -> a instanceof Message m ? m.in(texts) : a).toArray());
    }
}
