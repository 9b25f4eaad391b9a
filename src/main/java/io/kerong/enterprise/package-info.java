/**
 * Enterprise registry (企业库): the profile, yearly figures, IP holdings, qualifications and support-list membership of
 * the tech-based SMEs known to the platform, whether they registered themselves or were imported by the operator.
 */
package io.kerong.enterprise;
