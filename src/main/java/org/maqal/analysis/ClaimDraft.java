package org.maqal.analysis;

/**
 * A claim found but not yet cut to its text: its trigger, who makes it, and where what is claimed
 * begins (or the quotation it is). Made and used within one call of {@link ClaimExtractor#extract}.
 *
 * @param trigger     the token of the reporting verb or phrase
 * @param clauseStart the first token of the clause the trigger stands in; an earlier claim in the
 *                    same sentence ends before it
 * @param verb        the verb or phrase as written
 * @param speaker     who makes the claim
 * @param start       the first token of what is claimed, or -1 for a quotation
 * @param end         the token just after what is claimed, or -1 when it runs to the end of its clause
 * @param quotation   the quotation claimed, or null
 */
record ClaimDraft(int trigger, int clauseStart, String verb, Sources.Source speaker, int start, int end,
                  QuotationFinder.Quotation quotation) {
}
