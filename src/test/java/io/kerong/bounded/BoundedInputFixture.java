package io.kerong.bounded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.kerong.identity.OrganizationType;
import io.kerong.rating.PushFixture;
import io.kerong.rating.PushFixture.Company;
import io.kerong.rating.PushFixture.Member;
import io.kerong.rating.RatingModels;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who sends the bounded-input tests' requests: an enterprise with its admin, a bank with no access to it, an industry
 * community, an operator, a draft model to edit, and anonymous callers from ever new addresses (the public calculator
 * is rate-limited per address).
 */
final class BoundedInputFixture {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final UserDetailsService users;
    private final Company company;
    private final Member bank;
    private final Member community;
    private final Member operator;
    private final long draftId;
    private final int draftVersion;

    BoundedInputFixture(MockMvc mvc, JdbcClient jdbc, UserDetailsService users, ApplicationEventPublisher events,
                        TransactionTemplate tx, RatingModels models) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.users = users;
        PushFixture push = new PushFixture(jdbc, events, tx, models);
        company = push.company("370112", "I");
        bank = push.member(OrganizationType.BANK, "数字测试银行");
        community = push.member(OrganizationType.INDUSTRY_COMMUNITY, "数字测试共同体");
        operator = push.member(OrganizationType.OPERATOR, "数字测试科技局");
        draftVersion = jdbc.sql("select max(version) + 1 from rating_model").query(Integer.class).single();
        draftId = jdbc.sql("""
                        insert into rating_model (version, status, name, definition, created_at, created_by)
                        select ?, 'DRAFT', name, definition, now(), 'bounded-input' from rating_model where version = 1
                        returning id""").param(draftVersion).query(Long.class).single();
    }

    void dropDraft() {
        jdbc.sql("delete from rating_model where id = ? and status = 'DRAFT'").param(draftId).update();
    }

    long enterpriseId() {
        return company.id();
    }

    String uscc() {
        return company.uscc();
    }

    long communityId() {
        return community.organizationId();
    }

    long draftId() {
        return draftId;
    }

    int draftVersion() {
        return draftVersion;
    }

    String enterpriseApi(String suffix) {
        return "/api/v1/enterprises/" + company.id() + suffix;
    }

    String key() {
        return "BOUNDED-" + UUID.randomUUID();
    }

    <B extends AbstractMockHttpServletRequestBuilder<B>> B asMember(B request) {
        return as(company.member(), request);
    }

    <B extends AbstractMockHttpServletRequestBuilder<B>> B asBank(B request) {
        return as(bank, request);
    }

    <B extends AbstractMockHttpServletRequestBuilder<B>> B asOperator(B request) {
        return as(operator, request);
    }

    <B extends AbstractMockHttpServletRequestBuilder<B>> B anonymous(B request) {
        int n = ADDRESSES.incrementAndGet();
        return request.with(r -> {
            r.setRemoteAddr("10.77." + (n / 250) + "." + (n % 250 + 1));
            return r;
        });
    }

    MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf()).locale(Locale.SIMPLIFIED_CHINESE)).andReturn().getResponse();
    }

    /** The body of a 400 problem. */
    String problem(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MockHttpServletResponse response = perform(request);
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(400);
        return body;
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(Member member, B request) {
        return request.with(user(users.loadUserByUsername(member.username())));
    }
}
