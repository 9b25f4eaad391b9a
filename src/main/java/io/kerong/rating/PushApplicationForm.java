package io.kerong.rating;

import java.math.BigDecimal;

/**
 * What an enterprise sends to apply for the financing push (增信融资推送申请): the industry community to endorse it,
 * the project and its financing need (amount in yuan, purpose), and its consent that banks on the platform see its
 * rating report once it is pushed. {@code enterpriseId} names the enterprise when the operator files for it; an
 * enterprise always applies for itself and leaves it null.
 */
public record PushApplicationForm(Long enterpriseId, Long communityId, String project, BigDecimal amount,
                                  String purpose, boolean consent) {

    public PushApplicationForm {
        project = trim(project);
        purpose = trim(purpose);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
