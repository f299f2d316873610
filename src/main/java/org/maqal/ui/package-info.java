/**
 * The teacher's window, in Swing with FlatLaf and MigLayout: thin panels and dialogs that bind to
 * the presentation models of {@code org.maqal.app}. Texts come from {@code messages*.properties},
 * colours and styles from {@code FlatLaf.properties} in this package.
 */
package org.maqal.ui;
