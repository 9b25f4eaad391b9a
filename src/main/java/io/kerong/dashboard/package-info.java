/**
 * Dashboards (首页与看板): each organization type's home page, and the operator's registry dashboard with charts by
 * region, industry, qualification and tech-SME evaluation result, fed by a JSON endpoint.
 */
package io.kerong.dashboard;
