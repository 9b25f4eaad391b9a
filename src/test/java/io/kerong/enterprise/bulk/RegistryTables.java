package io.kerong.enterprise.bulk;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the registry, children first, so that an import test starts from a known state. */
final class RegistryTables {

    private RegistryTables() {
    }

    static void empty(JdbcClient jdbc) {
        for (String table : new String[] {"enterprise_evaluation", "enterprise_yearly_figures", "enterprise_ip_holding",
                "enterprise_qualification", "enterprise_support_list_decision", "enterprise"}) {
            jdbc.sql("delete from " + table).update();
        }
    }
}
