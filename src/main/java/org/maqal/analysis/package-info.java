/**
 * What an article says, found from its text: entities and their mentions, figures, attributed
 * claims, vocabulary statistics and readability. Pure functions of the text, cached by content.
 */
package org.maqal.analysis;
