package org.jiceng.governance.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {
  @Test
  void mask_identityNumbersOfEighteenAndFifteenCharacters() {
    assertThat(PersonalData.mask("id 11010519491231002X, ok")).isEqualTo("id 110105********002X, ok");
    assertThat(PersonalData.mask("11010519491231002x")).isEqualTo("110105********002x");
    assertThat(PersonalData.mask("found 110105194913310028")).isEqualTo("found 110105********0028");
    assertThat(PersonalData.mask("110105491231002")).isEqualTo("110105********2");
  }

  @Test
  void mask_mobileNumbersWithAndWithoutTheCountryCode() {
    assertThat(PersonalData.mask("found 13812345678")).isEqualTo("found 138****5678");
    assertThat(PersonalData.mask("+8613812345678;19912345678")).isEqualTo("+86138****5678;199****5678");
    assertThat(PersonalData.mask("网格13812345678号")).isEqualTo("网格138****5678号");
  }

  @Test
  void mask_leavesOtherNumbersAlone() {
    for (String s : new String[] {"211324001001", "12812345678", "1381234567", "138123456789", "91110000600037341L", "300",
        "3.141592653", "2025-06-30T00:00:00Z", ""}) {
      assertThat(PersonalData.mask(s)).isSameAs(s);
      assertThat(PersonalData.containsPersonalData(s)).isFalse();
    }
  }

  @Test
  void mask_isIdempotent() {
    String once = PersonalData.mask("13812345678 11010519491231002X 110105491231002 8613812345678");
    assertThat(PersonalData.mask(once)).isEqualTo(once);
    assertThat(PersonalData.containsPersonalData(once)).isFalse();
  }
}
