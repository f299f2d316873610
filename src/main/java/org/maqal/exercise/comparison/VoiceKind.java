package org.maqal.exercise.comparison;

import org.maqal.exercise.Bilingual;
import org.maqal.model.Language;

/** What kind of voice a quoted or cited source is. */
enum VoiceKind {
    /** A named person with an office or role ("الأمين العام لحلف شمال الأطلسي"). */
    OFFICIAL("مسؤول", "official"),
    /** A body speaking as a whole: a government, ministry, alliance, committee, or a capital for its government. */
    INSTITUTION("مؤسسة", "institution"),
    /** A statement, report or document ("البيان", "تقرير لموقع K24"). */
    DOCUMENT("بيان أو تقرير", "statement or report"),
    /** Unnamed sources or officials ("مصادر", "مسؤولون أمريكيون"). */
    ANONYMOUS("مصدر مجهول", "anonymous source"),
    /** Experts, analysts, observers. */
    EXPERT("خبير أو محلل", "expert or analyst"),
    /** People without office: residents, witnesses, citizens, protesters. */
    PUBLIC("من عامة الناس", "member of the public"),
    /** A named person whose role the article does not give. */
    PERSON("شخص دون صفة", "person with no stated role");

    private final String arabic;
    private final String english;

    VoiceKind(String arabic, String english) {
        this.arabic = arabic;
        this.english = english;
    }

    String label(Language language) {
        return Bilingual.of(language, arabic, english);
    }

    /** Whether this voice speaks from an office, a body or a document. */
    boolean official() {
        return this == OFFICIAL || this == INSTITUTION || this == DOCUMENT || this == ANONYMOUS;
    }
}
