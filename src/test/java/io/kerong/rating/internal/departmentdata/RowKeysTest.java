package io.kerong.rating.internal.departmentdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowKeysTest {

    @Test
    void distinctKeysNeverLookRepeatedEvenAfterTheTableGrows() {
        RowKeys keys = new RowKeys();
        for (int i = 0; i < 100_000; i++) {
            keys.add("91510100MA" + String.format("%08d", i / 10), "CODE_" + (i % 10), "2025");
        }

        assertThat(keys.mayRepeat()).isFalse();
    }

    @Test
    void theSameKeyTwiceIsARepeat() {
        RowKeys keys = new RowKeys();
        keys.add("91510100MA00000001", "TAX_PAID", "2025");
        keys.add("91510100MA00000001", "TAX_PAID", "2024");
        assertThat(keys.mayRepeat()).isFalse();

        keys.add("91510100MA00000001", "TAX_PAID", "2025");

        assertThat(keys.mayRepeat()).isTrue();
    }

    @Test
    void fieldsDoNotRunIntoEachOther() {
        assertThat(RowKeys.hash("A", "BC", "2025")).isNotEqualTo(RowKeys.hash("AB", "C", "2025"));
        assertThat(RowKeys.hash("A", "B", "C2025")).isNotEqualTo(RowKeys.hash("A", "BC", "2025"));
    }

    @Test
    void pastItsBoundTheSetAnswersMaybeSoThatTheExactCheckRuns() {
        RowKeys keys = new RowKeys(1 << 14);
        for (int i = 0; i < 20_000; i++) {
            keys.add("91510100MA" + i, "TAX_PAID", "2025");
        }

        assertThat(keys.mayRepeat()).isTrue();
    }
}
