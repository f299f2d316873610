package org.maqal.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maqal.model.Article;

/**
 * The articles of one corpus folder, in file-name order.
 *
 * @param folder   where the articles are stored
 * @param articles the articles, in file-name order
 */
public record Corpus(Path folder, List<Article> articles) {
    public Corpus {
        articles = List.copyOf(articles);
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
