/**
 * Audit trail (审计留痕): who changed what, when, with the state before and after. Entries are chained by hash so that
 * a row changed or removed behind the platform's back is detected when the operator verifies the chain.
 */
package io.kerong.audit;
