package io.kerong.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;

class IdentityLoginIntegrationTest extends IdentityIntegrationTest {

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(bank.adminUsername()).password("wrong" + i))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin().user(bank.adminUsername()).password(PASSWORD)).andExpect(redirectedUrl("/home"));

        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(bank.adminUsername()).password("wrong" + i))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin().user(bank.adminUsername()).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
    }
}
