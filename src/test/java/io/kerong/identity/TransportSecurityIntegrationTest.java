package io.kerong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** CSRF with bearer headers, HTTPS (directly or from a trusted proxy only), and the rate limit of the register page. */
class TransportSecurityIntegrationTest extends ThrottleIntegrationTest {

    @Test
    void aPagePostWithABearerHeaderButNoCsrfTokenIsRefused() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String created = mvc.perform(post("/api/v1/organization/tokens").with(as(bank.adminUsername())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"对接\"}"))
                .andReturn().getResponse().getContentAsString();
        String secret = JsonPath.read(created, "$.secret");
        long usersBefore = count("identity_user");

        for (String bearer : new String[] {"Bearer bogus", "Bearer " + secret}) {
            mvc.perform(post("/organization/users").with(as(bank.adminUsername())).header("Authorization", bearer)
                            .param("username", newUsername("csrf")).param("displayName", "跨站")
                            .param("initialPassword", "secret123").param("roles", "STAFF"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/register").header("Authorization", bearer).with(from(newAddress())))
                    .andExpect(status().isForbidden());
        }
        assertThat(count("identity_user")).isEqualTo(usersBefore);
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        MockHttpServletResponse https = mvc.perform(login(bank.adminUsername(), PASSWORD).secure(true)
                        .with(from(newAddress())))
                .andExpect(redirectedUrl("/home"))
                .andExpect(header().exists("Strict-Transport-Security"))
                .andReturn().getResponse();
        assertThat(https.getHeaders("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("; Secure").contains("; HttpOnly"));

        MockHttpServletResponse http = mvc.perform(login(bank.adminUsername(), PASSWORD).with(from(newAddress())))
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andReturn().getResponse();
        assertThat(http.getHeaders("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("SESSION=").doesNotContain("Secure"));
    }

    @Test
    void xForwardedProtoIsBelievedFromATrustedProxyAndIgnoredFromAnyoneElse() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        MockHttpServletResponse proxied = mvc.perform(login(bank.adminUsername(), PASSWORD).with(from(PROXY))
                        .header("X-Forwarded-For", newAddress()).header("X-Forwarded-Proto", "https"))
                .andExpect(redirectedUrl("/home"))
                .andExpect(header().exists("Strict-Transport-Security"))
                .andReturn().getResponse();
        assertThat(proxied.getHeaders("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("; Secure"));

        mvc.perform(get("/login").with(from("fd00:99::7")).header("X-Forwarded-Proto", "https"))
                .andExpect(header().exists("Strict-Transport-Security"));
        mvc.perform(get("/login").with(from(newAddress())).header("X-Forwarded-Proto", "https"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/login").with(from(PROXY)).header("X-Forwarded-Proto", "https, http"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void theRegisterPageIsRateLimitedLikeItsApiTwin() throws Exception {
        String client = newAddress();
        for (int i = 0; i < 60; i++) {
            mvc.perform(post("/register").with(csrf()).with(from(client))).andExpect(status().isOk());
        }
        MockHttpServletResponse page = mvc.perform(post("/register").with(csrf()).with(from(client))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andReturn().getResponse();
        String seconds = page.getHeader("Retry-After");
        assertThat(page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .as("a page in the site's layout, not Whitelabel")
                .contains("navbar").contains("请求过于频繁，请 " + seconds + " 秒后再试。")
                .contains("data-seconds=\"" + seconds + "\"").doesNotContain("Whitelabel");
        mvc.perform(get("/register").with(from(client))).andExpect(status().isOk());
        mvc.perform(post("/register").with(csrf()).with(from(newAddress()))).andExpect(status().isOk());

        for (int i = 0; i < 60; i++) {
            mvc.perform(post("/api/v1/registrations").with(from(client)).contentType(MediaType.APPLICATION_JSON)
                    .content("{}")).andExpect(status().isBadRequest());
        }
        mvc.perform(post("/api/v1/registrations").with(from(client)).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.type").value("https://kerong.io/problems/too-many-requests"))
                .andExpect(jsonPath("$.title").value("请求过于频繁"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern("请求过于频繁，请 \\d+ 秒后再试。")));
        mvc.perform(post("/api/v1/registrations").with(from(client)).contentType(MediaType.APPLICATION_JSON)
                        .content("{}").cookie(new jakarta.servlet.http.Cookie("kerong-lang", "en")))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Too many requests: try again in")));
    }
}
