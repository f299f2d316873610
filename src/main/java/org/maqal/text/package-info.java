/**
 * Arabic text as small, chained stages: letters and digits, normalising for matching, sentences,
 * tokens, light stems and function words. Pure functions of the text, safe to call from any thread.
 */
package org.maqal.text;
