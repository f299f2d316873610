package org.maqal.exercise.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.maqal.exercise.FigureSubject;
import org.maqal.exercise.FigureSubjects;

/**
 * Groups figures of different articles that measure the same thing ("500 عنصر" and "أكثر من 300
 * شخص", both the NATO mission's size). A group forms around the figure linked to most articles, so
 * that one loose link does not chain unrelated figures together. Stateless.
 */
final class FigureGroups {
    /** Figures measuring one thing, in at least two articles. */
    record Group(List<FigureSubject> figures, int affinity) {
        Group {
            figures = List.copyOf(figures);
        }

        int articleCount() {
            return (int) figures.stream().map(FigureSubject::articleId).distinct().count();
        }
    }

    private FigureGroups() {
    }

    /** The groups among these figures, those spanning most articles first. */
    static List<Group> of(List<FigureSubject> figures) {
        List<FigureSubject> pool = new ArrayList<>(figures);
        List<Group> groups = new ArrayList<>();
        while (true) {
            FigureSubject centre = null;
            int bestArticles = 0;
            int bestAffinity = 0;
            for (FigureSubject f : pool) {
                Set<String> articles = new HashSet<>();
                int affinity = 0;
                for (FigureSubject g : linked(f, pool)) {
                    articles.add(g.articleId());
                    affinity += FigureSubjects.affinity(f, g);
                }
                if (articles.size() > bestArticles || (articles.size() == bestArticles && affinity > bestAffinity)) {
                    centre = f;
                    bestArticles = articles.size();
                    bestAffinity = affinity;
                }
            }
            if (centre == null || bestArticles == 0) break;
            Set<FigureSubject> members = new LinkedHashSet<>();
            members.add(centre);
            members.addAll(linked(centre, pool));
            pool.removeAll(members);
            groups.add(new Group(new ArrayList<>(members), bestAffinity));
        }
        groups.sort(Comparator.comparingInt(Group::articleCount).reversed()
                .thenComparing(Comparator.comparingInt(Group::affinity).reversed()));
        return groups;
    }

    private static List<FigureSubject> linked(FigureSubject f, List<FigureSubject> pool) {
        List<FigureSubject> out = new ArrayList<>();
        for (FigureSubject g : pool) {
            if (!g.articleId().equals(f.articleId()) && FigureSubjects.sameMeasure(f, g)) out.add(g);
        }
        return out;
    }
}
