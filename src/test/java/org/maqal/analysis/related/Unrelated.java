package org.maqal.analysis.related;

import org.maqal.model.Article;
import org.maqal.model.ArticleMetadata;
import org.maqal.model.MetaField;

/** Articles written for these tests, on stories that have nothing to do with NATO in Iraq. */
final class Unrelated {
    static final Article HARVEST = article("harvest", """
            مصر تتوقع محصولا قياسيا من القمح هذا الموسم
            أعلنت وزارة الزراعة المصرية الأحد أنها تتوقع حصاد نحو عشرة ملايين طن من القمح هذا الموسم، بزيادة كبيرة عن العام الماضي.
            وقال المتحدث باسم الوزارة إن المساحات المزروعة اتسعت في محافظات الدلتا والصعيد بفضل أسعار التوريد الجديدة التي شجعت المزارعين.
            وأضاف أن صوامع التخزين الحديثة ستستقبل المحصول في مواعيده، وأن الحكومة ستدفع ثمن القمح للمزارعين خلال يومين من التسليم.
            ويرى خبراء في الاقتصاد الزراعي أن ارتفاع الإنتاج المحلي سيخفف فاتورة استيراد القمح ويحمي رغيف الخبز المدعم من تقلبات الأسعار العالمية.
            """);

    static final Article FOOTBALL = article("football", """
            الأهلي يفوز على الزمالك ويقترب من لقب الدوري
            فاز النادي الأهلي على غريمه التقليدي الزمالك بهدفين مقابل هدف في مباراة القمة التي أقيمت مساء السبت على استاد القاهرة.
            وسجل مهاجم الأهلي الهدفين في الشوط الثاني، بينما أحرز لاعب وسط الزمالك هدف فريقه من ركلة جزاء.
            وبهذا الفوز يبتعد الأهلي بصدارة جدول الترتيب بفارق خمس نقاط قبل ثلاث جولات من نهاية الموسم.
            وأشاد مدرب الفريق بروح اللاعبين وبالجماهير التي ملأت المدرجات رغم ارتفاع أسعار التذاكر.
            """);

    private Unrelated() {
    }

    private static Article article(String id, String text) {
        return new Article(id, ArticleMetadata.titled(MetaField.supplied(id)), text);
    }
}
