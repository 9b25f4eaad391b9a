package io.kerong.shared.internal;

import io.kerong.shared.ClientAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The proxies whose {@code X-Forwarded-*} headers are believed, as a list of CIDR blocks ({@code 10.0.0.0/8},
 * {@code 192.168.1.10}, {@code fd00::/8}). Empty by default: no one is believed.
 */
final class TrustedProxies {

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** Parses a comma-separated list; a malformed entry stops the start-up rather than trusting too much. */
    static TrustedProxies parse(String list) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : list == null ? new String[0] : list.split(",")) {
            if (!entry.isBlank()) {
                blocks.add(Block.parse(entry.trim()));
            }
        }
        return new TrustedProxies(blocks);
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** Whether the address (a literal IP, never a host name to resolve) lies in one of the blocks. */
    boolean contains(String address) {
        byte[] bytes = literal(address);
        return bytes != null && blocks.stream().anyMatch(b -> b.contains(bytes));
    }

    /** The bytes of an IPv4 or IPv6 literal, or null for anything else (no DNS look-up ever happens). */
    static byte[] literal(String address) {
        return ClientAddress.literal(address);
    }

    private record Block(byte[] network, int prefix) {

        static Block parse(String cidr) {
            int slash = cidr.indexOf('/');
            byte[] network = literal(slash < 0 ? cidr : cidr.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("kerong.web.trusted-proxies: not an IP address or CIDR block: " + cidr);
            }
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("kerong.web.trusted-proxies: bad prefix length in " + cidr);
            }
            return new Block(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
