/**
 * What a lesson becomes in a learning platform, before it is written as Moodle XML or GIFT: one
 * category per section, and for each item that can be graded automatically (and each open question,
 * as an essay) a question of the kind Moodle has, with its text as right-to-left HTML and its
 * source sentence as feedback.
 */
package org.maqal.export.lms;
