package org.maqal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextSlicesTest {

    @Test
    void equalStretchesOfTextComeBackAsOneString() {
        TextSlices slices = new TextSlices(100);
        String first = "قال الأمين العام لحلف شمال الأطلسي إن الحلف باق";
        String second = "وأكد حلف شمال الأطلسي أن مهمته تنتهي";
        String a = slices.slice(first, first.indexOf("حلف"), first.indexOf(" إن"));
        String b = slices.slice(second, second.indexOf("حلف"), second.indexOf(" أن"));
        assertThat(a).isEqualTo("حلف شمال الأطلسي").isSameAs(b);
        String longer = slices.slice(first, 0, first.length());
        assertThat(longer).isEqualTo(first);
        assertThat(slices.slice(first + " ", 0, first.length())).isSameAs(longer);
        assertThat(slices.slice(first, 3, 3)).isEmpty();
        assertThatThrownBy(() -> slices.slice(first, 5, first.length() + 1)).isInstanceOf(StringIndexOutOfBoundsException.class);
    }

    @Test
    void pastItsCapacityItStillGivesTheRightText() {
        TextSlices slices = new TextSlices(1);
        String text = "واحد اثنان ثلاثة";
        assertThat(slices.slice(text, 0, 4)).isEqualTo("واحد");
        assertThat(slices.slice(text, 5, 10)).isEqualTo("اثنان");
        assertThat(slices.slice(text, 11, 16)).isEqualTo("ثلاثة");
    }
}
