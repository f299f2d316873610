package org.maqal.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import javax.swing.Icon;

/** The small SVG icons of the menus and tool bar ({@code icons/NAME.svg} beside this class). */
final class Icons {
    private Icons() {
    }

    static Icon of(String name) {
        return new FlatSVGIcon("org/maqal/ui/icons/" + name + ".svg", 16, 16);
    }
}
