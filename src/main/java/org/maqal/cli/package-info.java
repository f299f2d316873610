/** The command line: the same work as the window, for scripts and checks (see DESIGN.md for the contract). */
package org.maqal.cli;
