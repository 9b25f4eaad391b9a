package io.kerong.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void nothingIsTrustedByDefault() {
        assertThat(TrustedProxies.parse("").contains("127.0.0.1")).isFalse();
        assertThat(TrustedProxies.parse(null).isEmpty()).isTrue();
    }

    @Test
    void addressesInsideTheBlocksAreTrustedAndNoneOutside() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.10, fd00::/8");
        assertThat(proxies.contains("10.200.3.4")).isTrue();
        assertThat(proxies.contains("11.0.0.1")).isFalse();
        assertThat(proxies.contains("192.168.1.10")).isTrue();
        assertThat(proxies.contains("192.168.1.11")).isFalse();
        assertThat(proxies.contains("fd12:3456::1")).isTrue();
        assertThat(proxies.contains("fe80::1")).isFalse();
    }

    @Test
    void anythingButAnIpLiteralIsNeverTrustedAndNeverLookedUp() {
        TrustedProxies proxies = TrustedProxies.parse("0.0.0.0/0");
        assertThat(proxies.contains("localhost")).isFalse();
        assertThat(proxies.contains("999.1.1.1")).isFalse();
        assertThat(proxies.contains("cafe")).isFalse();
        assertThat(proxies.contains("unknown")).isFalse();
        assertThat(proxies.contains("1.2.3.4")).isTrue();
    }

    @Test
    void aMalformedEntryStopsTheStartRatherThanTrustingTooMuch() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example.com")).isInstanceOf(IllegalArgumentException.class);
    }
}
