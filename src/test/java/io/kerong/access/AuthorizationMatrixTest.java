package io.kerong.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.kerong.access.AccessFixtures.Who;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint, pages and API alike, against every role and across organizations. A new endpoint that is not in
 * {@link AccessMatrix} fails {@link #everyEndpointIsInTheMatrix()}. Each call runs in a transaction that is rolled
 * back, so calls that change data leave nothing behind.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired TransactionTemplate tx;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    private AccessFixtures fixtures;

    private long runningRun;

    @BeforeAll
    void createOrganizations() {
        fixtures = AccessFixtures.create(jdbc);
        // A re-rating in progress: starting another one reaches the handler and is refused (409) instead of running
        // in the background, where it would commit new grades while the matrix goes on. Dated ahead, so that it is
        // never taken for a run whose node died.
        runningRun = jdbc.sql("insert into rating_run (as_of, model_version, status, started_at, started_by) "
                        + "values (current_date, 1, 'RUNNING', now() + interval '1 day', 'matrix') returning id")
                .query(Long.class).single();
    }

    @AfterAll
    void endTheRun() {
        jdbc.sql("update rating_run set status = 'FAILED', finished_at = now(), failure = 'matrix' where id = ?")
                .param(runningRun).update();
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        Set<String> inMatrix = new TreeSet<>();
        AccessMatrix.ENDPOINTS.forEach(e -> inMatrix.add(e.key()));
        Set<String> served = servedEndpoints();
        assertThat(new TreeSet<>(served)).as("endpoints missing from AccessMatrix").isSubsetOf(inMatrix);
        assertThat(inMatrix).as("matrix rows for endpoints that no longer exist").isSubsetOf(served);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsWhatTheMatrixSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : AccessMatrix.ENDPOINTS) {
            tests.add(DynamicTest.dynamicTest(endpoint.key() + " as ANONYMOUS → " + endpoint.anonymous(),
                    () -> assertThat(call(endpoint, null)).isEqualTo(endpoint.anonymous())));
            endpoint.expected().forEach((who, outcome) -> tests.add(DynamicTest.dynamicTest(
                    endpoint.key() + " as " + who + " → " + outcome,
                    () -> assertThat(call(endpoint, who)).isEqualTo(outcome))));
        }
        return tests.stream();
    }

    private Outcome call(Endpoint endpoint, Who who) {
        return tx.execute(status -> {
            status.setRollbackOnly();
            try {
                MockHttpServletResponse response = mvc.perform(request(endpoint, who)).andReturn().getResponse();
                return Outcome.of(response);
            } catch (Exception e) {
                throw new IllegalStateException(endpoint.key() + " as " + who, e);
            }
        });
    }

    private MockHttpServletRequestBuilder request(Endpoint endpoint, Who who) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders
                .request(HttpMethod.valueOf(endpoint.method()), endpoint.path().apply(fixtures));
        if (endpoint.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(endpoint.body());
        }
        if (!endpoint.method().equals("GET")) {
            request.with(csrf());
        }
        if (endpoint.isApi()) {
            request.accept(MediaType.APPLICATION_JSON);
        }
        if (who != null) {
            request.with(user(users.loadUserByUsername(who.username)));
        }
        return request;
    }

    private Set<String> servedEndpoints() {
        Set<String> keys = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPatternValues();
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (methods.isEmpty()) {
                    keys.add("ANY " + pattern);
                }
                methods.forEach(m -> keys.add(m.name() + " " + pattern));
            }
        }
        return keys;
    }
}
