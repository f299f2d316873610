package org.maqal.ui;

import java.util.List;
import javax.swing.JPanel;
import org.maqal.app.Texts;

final class ClaimTrackerPanel extends JPanel {
    ClaimTrackerPanel(Workbench wb, Texts texts) {
    }

    void show(List<String> ids) {
    }

    void release() {
    }
}
