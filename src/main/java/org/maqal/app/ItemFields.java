package org.maqal.app;

import java.util.List;

/**
 * The editable fields of an item as the edit form shows them. What {@code answer} and {@code lines}
 * hold depends on the item's type:
 * <table>
 *   <caption>fields per type</caption>
 *   <tr><th>type</th><th>answer</th><th>lines</th></tr>
 *   <tr><td>multiple choice</td><td>the right option</td><td>the options</td></tr>
 *   <tr><td>true/false</td><td>{@code true} or {@code false}</td><td>—</td></tr>
 *   <tr><td>gap-fill</td><td>the missing word</td><td>its choices, or none</td></tr>
 *   <tr><td>matching</td><td>—</td><td>pairs written {@code left = right}</td></tr>
 *   <tr><td>ordering</td><td>—</td><td>the entries in the right order</td></tr>
 *   <tr><td>short answer</td><td>the model answer</td><td>other answers accepted</td></tr>
 *   <tr><td>open question</td><td>what to look for (guidance)</td><td>—</td></tr>
 *   <tr><td>vocabulary</td><td>the gloss</td><td>its forms (shown, not edited)</td></tr>
 *   <tr><td>table</td><td>—</td><td>the rows, cells separated by {@code |}</td></tr>
 * </table>
 */
public record ItemFields(String prompt, String answer, List<String> lines, int points, String notes) {
    public ItemFields {
        prompt = prompt == null ? "" : prompt;
        answer = answer == null ? "" : answer;
        lines = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        notes = notes == null ? "" : notes;
    }
}
