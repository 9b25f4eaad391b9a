package io.kerong.rating.web;

import io.kerong.rating.LoanOutcome;
import io.kerong.rating.LoanOutcomes;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A test-only lending module: the outcomes a test puts in, filtered by the day of the grant as a lending module would.
 * The platform itself has no such bean until the lending module provides one.
 */
class TestLoanOutcomes implements LoanOutcomes {

    final List<LoanOutcome> outcomes = new CopyOnWriteArrayList<>();

    @Override
    public List<LoanOutcome> grantedBetween(LocalDate from, LocalDate to) {
        return outcomes.stream().filter(o -> !o.grantedOn().isBefore(from) && !o.grantedOn().isAfter(to)).toList();
    }

    @TestConfiguration
    static class Configuration {

        @Bean
        TestLoanOutcomes testLoanOutcomes() {
            return new TestLoanOutcomes();
        }
    }
}
