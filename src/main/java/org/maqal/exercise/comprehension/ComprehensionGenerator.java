package org.maqal.exercise.comprehension;

import java.util.ArrayList;
import java.util.List;
import org.maqal.analysis.ReportingVerbs;
import org.maqal.analysis.WordList;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.SectionGenerator;
import org.maqal.exercise.Wording;
import org.maqal.model.Item;
import org.maqal.model.Section;
import org.maqal.model.SectionKind;

/**
 * The comprehension section: who said it ({@link WhoSaidIt}), multiple choice on facts
 * ({@link FactQuestions}), true/false statements ({@link FalseStatements}), ordering of events or
 * sentences ({@link SentenceOrdering}) and open questions ({@link OpenQuestions}), shown in that order;
 * ordering is made first, as it needs runs of consecutive sentences that no other item uses.
 * Multiple-choice items are shared: who-said-it takes up to half of {@link GenerationContext#count()},
 * fact questions the rest. Each sentence serves one question at most. At most {@code count} items of
 * each item type. Stateless and thread-safe.
 */
public final class ComprehensionGenerator implements SectionGenerator {
    private final WordList femaleNames = WordList.load("female-first-names.txt");
    private final WordList nameTitles = WordList.load("name-titles.txt");
    private final ReportingVerbs verbs = ReportingVerbs.standard();

    @Override
    public SectionKind kind() {
        return SectionKind.COMPREHENSION;
    }

    @Override
    public Section generate(GenerationContext context) {
        SectionDraft draft = new SectionDraft(context, Wording.of(ComprehensionGenerator.class, context.language()),
                context.random(kind()));
        People people = new People(context.corpus(), femaleNames, nameTitles);
        FactFinder facts = new FactFinder(context.corpus(), people);
        int count = context.count();
        List<Item> ordering = List.copyOf(new SentenceOrdering().make(draft, count));
        List<Item> said = List.copyOf(new WhoSaidIt(context.corpus(), people, verbs).make(draft, Math.max(1, count / 2)));
        List<Item> items = new ArrayList<>(said);
        items.addAll(new FactQuestions(facts, people).make(draft, count - said.size()));
        items.addAll(new FalseStatements(facts).make(draft, count));
        items.addAll(ordering);
        items.addAll(new OpenQuestions(people, verbs).make(draft, count));
        return new Section(kind(), draft.wording.instructions("instructions"), items, List.of(), draft.notes.render(draft.wording));
    }
}
