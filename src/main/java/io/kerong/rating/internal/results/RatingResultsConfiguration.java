package io.kerong.rating.internal.results;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs started from a request go on in the background, one at a time. */
@Configuration(proxyBeanMethods = false)
class RatingResultsConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService ratingRunExecutor() {
        return Executors.newSingleThreadExecutor(Thread.ofPlatform().name("rating-run").daemon().factory());
    }
}
