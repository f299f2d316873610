package org.maqal.analysis;

import java.util.ArrayList;
import java.util.List;
import org.maqal.model.Entity;
import org.maqal.model.TokenList;
import org.maqal.text.TextPipeline;

/**
 * Finds the people, organisations and places of an article and every mention of each: known
 * names from the {@link Gazetteer}, organisations and places by their head nouns
 * ({@link OrganizationPatterns}), people by the titles, verbs and first names around their names
 * ({@link NamePatterns}), then gathers short names, titles used alone and head nouns used alone
 * under the entity they stand for ({@link MentionLinker}). Precision comes before recall: a word is
 * a name only where its context says so. Immutable and thread-safe; build one and share it.
 */
public final class EntityRecognizer {
    private final Gazetteer gazetteer;
    private final LexiconWords words;
    /** The key of each gazetteer entry in a token view, by entry id. */
    private final String[] knownKeys;
    private final OrganizationPatterns organizations;
    private final NamePatterns names;
    private final MentionLinker linker;

    /** A recognizer with the given known names and word lists. */
    public EntityRecognizer(Gazetteer gazetteer, Lexicon lexicon) {
        this(gazetteer, new LexiconWords(lexicon));
    }

    /** A recognizer with the given known names and word lists, sharing what they say of each word. */
    EntityRecognizer(Gazetteer gazetteer, LexiconWords words) {
        Lexicon lexicon = words.lexicon();
        this.gazetteer = gazetteer;
        this.words = words;
        this.knownKeys = new String[gazetteer.entries().size()];
        for (Gazetteer.Entry e : gazetteer.entries()) knownKeys[e.id()] = "g" + e.id();
        Titles titles = new Titles(lexicon);
        this.organizations = new OrganizationPatterns(lexicon);
        this.names = new NamePatterns(lexicon, titles);
        this.linker = new MentionLinker(lexicon, titles, knownKeys);
    }

    /** The recognizer with Maqal's own gazetteers and word lists. */
    public static EntityRecognizer standard() {
        return new EntityRecognizer(Gazetteer.standard(), Lexicon.standard());
    }

    /**
     * The entities of a text in order of first mention, each with its fullest name, the title the
     * text first gives it (people only) and its mentions in reading order.
     */
    public List<Entity> recognize(TextPipeline.Text text) {
        TokenList tokens = TokenList.copyOf(text.tokens());
        Gazetteer.Start[] starts = new Gazetteer.Start[tokens.size()];
        for (int i = 0; i < starts.length; i++) starts[i] = gazetteer.startAt(tokens.normal(i));
        return recognize(text, words.of(tokens), starts);
    }

    LexiconWords words() { return words; }

    Gazetteer gazetteer() { return gazetteer; }

    /**
     * {@link #recognize(TextPipeline.Text)}, given what the word lists say of each token and
     * the known names that may start at it ({@link Gazetteer#startAt}).
     */
    List<Entity> recognize(TextPipeline.Text text, LexiconWords.Word[] lexical, Gazetteer.Start[] gazetteerStarts) {
        List<Gazetteer.Match> known = gazetteer.find(TokenList.copyOf(text.tokens()), gazetteerStarts);
        TokenView first = view(text, lexical, known, List.of());
        List<OrganizationPatterns.Found> patterns = organizations.find(first);
        List<Gazetteer.Match> keptKnown = new ArrayList<>();
        List<OrganizationPatterns.Found> keptPatterns = new ArrayList<>();
        resolveOverlaps(known, patterns, keptKnown, keptPatterns);
        TokenView view = view(text, lexical, keptKnown, keptPatterns);
        return linker.link(text.text(), view, keptKnown, keptPatterns, names.find(view));
    }

    /** A pattern match wins over the known names it strictly contains; otherwise the known names win. */
    private static void resolveOverlaps(List<Gazetteer.Match> known, List<OrganizationPatterns.Found> patterns,
                                        List<Gazetteer.Match> keptKnown, List<OrganizationPatterns.Found> keptPatterns) {
        List<Gazetteer.Match> dropped = new ArrayList<>();
        for (OrganizationPatterns.Found f : patterns) {
            List<Gazetteer.Match> inside = new ArrayList<>();
            boolean loses = false;
            for (Gazetteer.Match m : known) {
                if (m.end() <= f.start() || m.start() >= f.end()) continue;
                if (m.start() >= f.start() && m.end() <= f.end() && m.end() - m.start() < f.end() - f.start()) {
                    inside.add(m);
                } else {
                    loses = true;
                }
            }
            if (loses) continue;
            dropped.addAll(inside);
            keptPatterns.add(f);
        }
        for (Gazetteer.Match m : known) if (!dropped.contains(m)) keptKnown.add(m);
    }

    private TokenView view(TextPipeline.Text text, LexiconWords.Word[] lexical, List<Gazetteer.Match> known,
                                  List<OrganizationPatterns.Found> patterns) {
        TokenList tokens = TokenList.copyOf(text.tokens());
        TokenView.Builder b = TokenView.builder(tokens, lexical);
        for (Gazetteer.Match m : known) b.known(m.start(), m.end(), knownKeys[m.entry().id()]);
        for (OrganizationPatterns.Found f : patterns) {
            StringBuilder key = new StringBuilder("p");
            for (int i = f.start(); i < f.end(); i++) key.append(' ').append(tokens.normal(i));
            b.known(f.start(), f.end(), key.toString());
        }
        return b.build();
    }
}
