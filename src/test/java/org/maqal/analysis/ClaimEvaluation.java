package org.maqal.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Claim;
import org.maqal.text.ArabicNormalizer;

/**
 * Scores found claims against an annotated passage. A found claim is right when its speaker is
 * one of the expected speaker's accepted names and its sentence contains the expected sentence
 * substring; each expected claim matches at most one found claim (one whose claimed text contains
 * the substring first). Speakers are scored as sets per passage.
 */
final class ClaimEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One expected claim: accepted speaker names, the verb, direct or not, and a substring of its sentence. */
    record Expected(List<String> speakers, String verb, boolean direct, String sentence) {
    }

    /** Counts over one or more passages. */
    record Score(int expected, int found, int right, int expectedSpeakers, int foundSpeakers, int rightFoundSpeakers,
                 int recalledSpeakers, int rightVerbs, int rightDirect) {
        static final Score ZERO = new Score(0, 0, 0, 0, 0, 0, 0, 0, 0);

        Score plus(Score o) {
            return new Score(expected + o.expected, found + o.found, right + o.right, expectedSpeakers + o.expectedSpeakers,
                    foundSpeakers + o.foundSpeakers, rightFoundSpeakers + o.rightFoundSpeakers, recalledSpeakers + o.recalledSpeakers,
                    rightVerbs + o.rightVerbs, rightDirect + o.rightDirect);
        }

        double precision() { return found == 0 ? 0 : (double) right / found; }

        double recall() { return expected == 0 ? 0 : (double) right / expected; }

        double speakerPrecision() { return foundSpeakers == 0 ? 0 : (double) rightFoundSpeakers / foundSpeakers; }

        double speakerRecall() { return expectedSpeakers == 0 ? 0 : (double) recalledSpeakers / expectedSpeakers; }

        String report() {
            return String.format(Locale.ROOT, "claims: precision %.2f recall %.2f over %d expected claims (%d found, %d right)%n"
                            + "speakers: precision %.2f recall %.2f over %d expected speakers%n"
                            + "of the right claims: verb right %d/%d, direct/indirect right %d/%d",
                    precision(), recall(), expected, found, right, speakerPrecision(), speakerRecall(), expectedSpeakers,
                    rightVerbs, right, rightDirect, right);
        }
    }

    private ClaimEvaluation() {
    }

    static List<Expected> expected(String resource) {
        try (InputStream in = ClaimEvaluation.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing " + resource);
            JsonNode root = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Expected> out = new ArrayList<>();
            for (JsonNode c : root.get("claims")) {
                List<String> speakers = new ArrayList<>();
                if (c.get("speaker").isArray()) c.get("speaker").forEach(s -> speakers.add(s.asText()));
                else speakers.add(c.get("speaker").asText());
                out.add(new Expected(speakers, c.get("verb").asText(), c.get("direct").asBoolean(), c.get("sentence").asText()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The score of one analysed passage against its expected claims; misses are added to {@code log}. */
    static Score score(ArticleAnalysis analysis, List<Expected> expected, List<String> log) {
        List<Claim> found = analysis.claims();
        boolean[] used = new boolean[found.size()];
        int right = 0;
        int verbs = 0;
        int direct = 0;
        for (Expected e : expected) {
            int match = -1;
            for (int pass = 0; pass < 2 && match < 0; pass++) {
                for (int k = 0; k < found.size() && match < 0; k++) {
                    Claim c = found.get(k);
                    if (used[k] || !speakerMatches(e, c.speaker())) continue;
                    String where = pass == 0 ? c.text() : analysis.sentence(c.sentence()).text();
                    if (norm(where).contains(norm(e.sentence()))) match = k;
                }
            }
            if (match < 0) {
                log.add("  missed: " + e.speakers().get(0) + " <" + e.verb() + "> " + e.sentence());
                continue;
            }
            used[match] = true;
            right++;
            Claim c = found.get(match);
            if (norm(c.verb()).contains(verbKey(e.verb())) || verbKey(c.verb()).contains(verbKey(e.verb()))) verbs++;
            else log.add("  verb: expected " + e.verb() + ", found " + c.verb());
            if (c.direct() == e.direct()) direct++;
            else log.add("  direct: expected " + e.direct() + " for " + e.sentence());
        }
        for (int k = 0; k < found.size(); k++) {
            if (!used[k]) log.add("  extra: " + found.get(k).speaker() + " <" + found.get(k).verb() + "> " + found.get(k).text());
        }
        Set<String> foundSpeakers = new HashSet<>();
        for (Claim c : found) foundSpeakers.add(norm(c.speaker()));
        java.util.Map<String, List<String>> byFirstName = new java.util.LinkedHashMap<>();
        for (Expected e : expected) byFirstName.computeIfAbsent(norm(e.speakers().get(0)), k -> new ArrayList<>()).addAll(e.speakers());
        List<List<String>> expectedSpeakers = new ArrayList<>(byFirstName.values());
        int rightFound = 0;
        for (String s : foundSpeakers) {
            if (expectedSpeakers.stream().anyMatch(names -> names.stream().anyMatch(n -> norm(n).equals(s)))) rightFound++;
        }
        int recalled = 0;
        for (List<String> names : expectedSpeakers) {
            if (names.stream().anyMatch(n -> foundSpeakers.contains(norm(n)))) recalled++;
        }
        return new Score(expected.size(), found.size(), right, expectedSpeakers.size(), foundSpeakers.size(), rightFound,
                recalled, verbs, direct);
    }

    private static boolean speakerMatches(Expected e, String speaker) {
        String s = norm(speaker);
        return e.speakers().stream().anyMatch(n -> norm(n).equals(s));
    }

    private static String verbKey(String verb) {
        String v = norm(verb);
        return v.length() > 3 && (v.startsWith("و") || v.startsWith("ف")) ? v.substring(1) : v;
    }

    static String norm(String s) {
        return ArabicNormalizer.normalize(s).replaceAll("[\"«»“”()]", "").replaceAll("\\s+", " ").strip();
    }
}
