package io.kerong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How client addresses are counted: IPv4 by the address, IPv6 by its /64. */
class ClientAddressTest {

    @Test
    void everyAddressOfAnIpv6Slash64IsOneClient() {
        assertThat(ClientAddress.key("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.key("2001:0db8:0001:0002:ffff:1:2:3")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.key("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3::/64");
    }

    @Test
    void anIpv4AddressIsItsOwnClientAndAnythingElseIsKeptAsItIs() {
        assertThat(ClientAddress.key("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.key("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.key("unknown")).isEqualTo("unknown");
    }
}
