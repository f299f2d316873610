package org.maqal.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.maqal.model.Article;
import org.maqal.text.TextDigest;

/**
 * The articles of one corpus folder, in file-name order.
 *
 * @param folder     where the articles are stored
 * @param articles   the articles, in file-name order
 * @param textHashes the {@link TextDigest} of each article's text, in the same order, as 64 hex
 *                   digits, when the reader had them at hand ({@link CorpusReader#withFileCatalog()});
 *                   else empty
 */
public record Corpus(Path folder, List<Article> articles, List<String> textHashes) {
    public Corpus {
        articles = List.copyOf(articles);
        textHashes = List.copyOf(textHashes);
        if (!textHashes.isEmpty() && textHashes.size() != articles.size()) {
            throw new IllegalArgumentException("One text hash for each article, or none");
        }
    }

    /** The articles of a folder, their text hashes not known. */
    public Corpus(Path folder, List<Article> articles) {
        this(folder, articles, List.of());
    }

    /**
     * The {@link TextDigest} of the text of each of this corpus's articles (the very objects of
     * {@link #articles()}), as far as it is known, so that whoever needs it need not hash the text
     * again; null for any other article or when it is not known.
     */
    public Function<Article, byte[]> knownTextHashes() {
        if (textHashes.isEmpty()) return a -> null;
        Map<Article, String> byArticle = new IdentityHashMap<>(articles.size() * 2);
        for (int i = 0; i < articles.size(); i++) byArticle.put(articles.get(i), textHashes.get(i));
        return a -> {
            String hex = byArticle.get(a);
            return hex == null ? null : HexFormat.of().parseHex(hex);
        };
    }

    /**
     * The article with this id, or with this unique id prefix ({@code 003} for
     * {@code 003_1485ed8d9be99254}).
     */
    public Optional<Article> find(String idOrPrefix) {
        for (Article a : articles) {
            if (a.id().equals(idOrPrefix)) return Optional.of(a);
        }
        List<Article> matches = articles.stream().filter(a -> a.id().startsWith(idOrPrefix)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /**
     * The articles with these ids or id prefixes, in the order given.
     *
     * @throws CorpusException naming the first id that matches no article
     */
    public List<Article> select(List<String> ids) throws CorpusException {
        List<Article> selected = new ArrayList<>();
        for (String id : ids) {
            selected.add(find(id).orElseThrow(() -> new CorpusException(
                    "No article \"" + id + "\" in " + folder + "; run `analyze` to list the article ids.")));
        }
        return selected;
    }
}
