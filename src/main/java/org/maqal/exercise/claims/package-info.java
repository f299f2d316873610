/**
 * Claim tracking: {@link org.maqal.exercise.claims.ClaimSheetGenerator} makes a sheet with a row per
 * attributed claim; {@link org.maqal.exercise.claims.ClaimLinks} finds, as a pure function of the
 * analyses, the texts that repeat, contradict or are silent on each claim ({@link
 * org.maqal.exercise.claims.Agreement}).
 */
package org.maqal.exercise.claims;
