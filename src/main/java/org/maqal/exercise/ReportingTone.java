package org.maqal.exercise;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.maqal.analysis.ReportingVerbs;
import org.maqal.model.Claim;
import org.maqal.model.Language;
import org.maqal.text.ArabicNormalizer;

/**
 * What a reporting verb adds to what it reports. "قال" is neutral; "أكد" and "شدد" present the words as
 * firm, "نفى" as an answer to an accusation, "حذر" as a warning, "زعم" casts doubt, and so on.
 */
public enum ReportingTone {
    NEUTRAL("قال أضاف أوضح ذكر أفاد تابع صرح أشار أعلن أبلغ أردف استطرد نوه لفت بين وفق بحسب حسب مضى أدلى",
            "لا يضيف حكمًا: ينقل الكلام كما يفعل «قال»", "nothing: it reports the words as plainly as «قال»"),
    EMPHASIS("أكد شدد جدد", "يقدّم الكلام على أنه قاطع ومؤكَّد", "it presents the words as firm and certain"),
    DENIAL("نفى", "يقدّم الكلام ردًّا على اتهام أو شائعة", "it presents the words as the answer to an accusation or rumour"),
    WARNING("حذر", "يقدّم الكلام إنذارًا بخطر", "it presents the words as a warning of danger"),
    DOUBT("زعم ادعى", "يشكّك في صحة الكلام", "it casts doubt on the words"),
    ADMISSION("اعترف أقر", "يقدّم الكلام اعترافًا بأمر غير مريح للقائل", "it presents the words as a reluctant admission"),
    DISCLOSURE("كشف", "يقدّم الكلام كشفًا لأمر كان خفيًّا", "it presents the words as revealing something hidden"),
    OPINION("رأى اعتبر اعتقد توقع رجح", "يقدّم الكلام رأيًا أو توقعًا لا حقيقة ثابتة",
            "it presents the words as an opinion or a forecast, not an established fact");

    private static final ReportingVerbs VERBS = ReportingVerbs.standard();

    private final Set<String> lemmas;
    private final String arabic;
    private final String english;

    ReportingTone(String lemmas, String arabic, String english) {
        this.lemmas = Arrays.stream(lemmas.split(" ")).map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
        this.arabic = arabic;
        this.english = english;
    }

    /** What the verb adds, in a sentence a student can choose. */
    public String meaning(Language language) {
        return Bilingual.of(language, arabic, english);
    }

    /** The tone of a claim's reporting verb, or null when the verb is not one Maqal knows. */
    public static ReportingTone of(Claim claim) {
        return ofVerb(claim.verb());
    }

    /** The tone of a reporting verb or phrase as written ("أكدت", "مضى بقوله"), or null when unknown. */
    public static ReportingTone ofVerb(String written) {
        if (written.isBlank()) return null;
        String first = ArabicNormalizer.normalize(written.strip().split("\\s+")[0]);
        ReportingVerbs.Use use = VERBS.match(first);
        String lemma = use != null ? ArabicNormalizer.normalize(use.verb().lemma()) : first;
        for (ReportingTone t : values()) {
            if (t.lemmas.contains(lemma)) return t;
        }
        return null;
    }
}
