package org.maqal.ui;

import java.awt.Component;
import java.awt.Frame;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.maqal.app.LessonBuilderModel;
import org.maqal.app.Texts;
import org.maqal.model.Article;
import org.maqal.model.Language;
import org.maqal.model.Lesson;
import org.maqal.model.SectionKind;

/** Asks for articles, kinds of sections, items per section and language, and generates with progress and cancel. */
final class LessonBuilderDialog extends JDialog {
    private final LessonBuilderModel model;
    private final Texts texts;
    private final Consumer<Lesson> onGenerated;
    private final Subscriptions subscriptions = new Subscriptions();
    private final List<Article> articles;
    private final JList<String> articleList;
    private final Map<SectionKind, JCheckBox> kinds = new EnumMap<>(SectionKind.class);
    private final JSpinner count = new JSpinner(new SpinnerNumberModel(8, 1, 30, 1));
    private final JSpinner seed = new JSpinner(new SpinnerNumberModel(1, 1, 9999, 1));
    private final JComboBox<Language> language = new JComboBox<>(Language.values());
    private final JProgressBar progress = new JProgressBar();
    private final JButton generate = new JButton();
    private final JButton cancel = new JButton();
    private final JButton close = new JButton();

    LessonBuilderDialog(Frame owner, Workbench wb, Texts texts, List<String> selectedIds, Consumer<Lesson> onGenerated) {
        super(owner, texts.get("builder.title"), true);
        this.model = wb.builder();
        this.texts = texts;
        this.onGenerated = onGenerated;
        this.articles = wb.corpus().articles();
        DefaultListModel<String> titles = new DefaultListModel<>();
        articles.forEach(a -> titles.addElement(label(a)));
        articleList = new JList<>(titles);
        setName("builderDialog");
        initComponents(selectedIds);
        Orientation.apply(this, !owner.getComponentOrientation().isLeftToRight());
        subscriptions.watch(model.listeners(), this::modelChanged);
        pack();
        setLocationRelativeTo(owner);
    }

    private void initComponents(List<String> selectedIds) {
        CloseHandler.install(this, this::closeDialog);
        getContentPane().setLayout(new MigLayout("insets dialog, wrap 2, hidemode 3", "[][grow, fill]", "[grow, fill][][][][][][]"));
        articleList.setName("builderArticles");
        Orientation.arabic(articleList);
        articleList.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        articleList.setVisibleRowCount(6);
        for (int i = 0; i < articles.size(); i++) {
            if (selectedIds.contains(articles.get(i).id())) articleList.addSelectionInterval(i, i);
        }
        articleList.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) model.setArticleIds(chosenIds());
        });
        add(new JLabel(texts.get("builder.articles")), "aligny top");
        add(new JScrollPane(articleList), "wmin 460, hmin 140");

        add(new JLabel(texts.get("builder.kinds")));
        StringBuilder split = new StringBuilder("split ").append(SectionKind.values().length);
        boolean first = true;
        for (SectionKind kind : SectionKind.values()) {
            JCheckBox box = new JCheckBox(texts.get("builder.kind." + kind.name()));
            box.setName("kind" + kind.name());
            box.addActionListener(e -> model.setKind(kind, box.isSelected()));
            kinds.put(kind, box);
            add(box, first ? split.toString() : "");
            first = false;
        }
        add(new JLabel(texts.get("builder.count")));
        count.setName("countSpinner");
        count.addChangeListener(e -> model.setCount((Integer) count.getValue()));
        add(count, "growx 0, wmin 70");
        add(new JLabel(texts.get("builder.language")));
        language.setName("languageCombo");
        language.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, texts.get("builder.language." + v), i, s, f);
            }
        });
        language.addActionListener(e -> model.setLanguage((Language) language.getSelectedItem()));
        add(language, "growx 0");
        add(new JLabel(texts.get("builder.seed")));
        seed.setName("seedSpinner");
        seed.addChangeListener(e -> model.setSeed(((Integer) seed.getValue()).longValue()));
        add(seed, "growx 0, wmin 70");

        progress.setName("generateProgress");
        progress.setStringPainted(true);
        add(progress, "span 2, growx");

        generate.setText(texts.get("builder.generate"));
        generate.setName("generateButton");
        generate.addActionListener(e -> model.generate(this::generated));
        cancel.setText(texts.get("builder.cancel"));
        cancel.setName("cancelButton");
        cancel.addActionListener(e -> model.task().cancel());
        close.setText(texts.get("builder.close"));
        close.setName("closeButton");
        close.addActionListener(e -> closeDialog());
        add(generate, "span 2, split 3, tag ok");
        add(cancel, "tag cancel");
        add(close, "tag cancel");
        getRootPane().setDefaultButton(generate);

        model.setArticleIds(chosenIds());
        count.setValue(model.count());
        seed.setValue((int) model.seed());
        language.setSelectedItem(model.language());
    }

    /** The title, then outlet and date where known; the date kept in its order inside Arabic text. */
    private static String label(Article a) {
        StringBuilder b = new StringBuilder(a.title());
        String outlet = a.metadata().outlet().value();
        String date = a.metadata().date().value();
        if (!outlet.isEmpty()) b.append(" — ").append(outlet);
        if (!date.isEmpty()) b.append(" — \u200E").append(date).append('\u200E');
        return b.toString();
    }

    private List<String> chosenIds() {
        List<String> ids = new ArrayList<>();
        for (int i : articleList.getSelectedIndices()) ids.add(articles.get(i).id());
        return ids;
    }

    private void modelChanged() {
        boolean running = model.task().running();
        kinds.forEach((kind, box) -> {
            box.setSelected(model.kinds().contains(kind));
            box.setEnabled(!running);
        });
        articleList.setEnabled(!running);
        count.setEnabled(!running);
        seed.setEnabled(!running);
        language.setEnabled(!running);
        generate.setEnabled(!running);
        cancel.setEnabled(running);
        close.setEnabled(!running);
        progress.setMaximum(Math.max(1, model.task().total()));
        progress.setValue(model.task().done());
        progress.setString(running ? texts.get("builder.progress", model.task().done(), model.task().total()) : "");
    }

    private void generated(Lesson lesson) {
        closeDialog();
        onGenerated.accept(lesson);
    }

    private void closeDialog() {
        if (model.task().running()) return;
        subscriptions.releaseAll();
        dispose();
    }
}
