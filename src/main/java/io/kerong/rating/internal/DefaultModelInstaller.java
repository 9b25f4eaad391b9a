package io.kerong.rating.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a platform without any rating model, installs the bundled default model as version 1, published, before any
 * start-up task can ask for the current model. The advisory lock makes nodes starting together install it once.
 */
@Component
class DefaultModelInstaller implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DefaultModelInstaller.class);

    private final JdbcRatingModels models;
    private final ModelStore store;
    private final TransactionTemplate transaction;

    DefaultModelInstaller(JdbcRatingModels models, ModelStore store, TransactionTemplate transaction) {
        this.models = models;
        this.store = store;
        this.transaction = transaction;
    }

    @Override
    public void afterPropertiesSet() {
        transaction.executeWithoutResult(status -> {
            store.lock();
            if (store.nextVersion() == 1) {
                models.installFirst(new ModelJson().defaultModel());
                log.info("Installed the default rating model as version 1");
            }
        });
    }
}
