package io.kerong.rating;

import io.kerong.shared.web.ScalarText;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One value a department delivers (部门数据): the enterprise's credit code, the indicator code, the period key
 * ({@code 2025}, {@code 2025Q3}, {@code 2025-09}) and the value as text (a number, a percentage, 是/否, a category).
 */
public record DeliveredValue(String uscc, String indicator, String period,
                             @JsonDeserialize(using = ScalarText.class) String value) {
}
