package io.kerong.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A client's network address as the platform counts it. An IPv4 address is one client; an IPv6 client usually holds a
 * whole /64 (and picks a new address in it at will), so every address of a /64 counts as one client. The log-in
 * throttle and the public rate limit both key their counts by {@link #key}.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The counting key: the IPv4 address, the IPv6 /64 ({@code 2001:db8:1:2::/64}), or the text itself if no IP. */
    public static String key(String address) {
        byte[] bytes = literal(address);
        if (bytes == null) {
            String text = address == null ? "" : address.trim();
            return text.length() > 64 ? text.substring(0, 64) : text;
        }
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return prefix.append(":/64").toString();
    }

    /** The bytes of an IPv4 or IPv6 literal, or null for anything else (no DNS look-up ever happens). */
    public static byte[] literal(String address) {
        String text = address == null ? "" : address.trim();
        if (text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            String[] parts = text.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(parts[i]);
                if (octet > 255) {
                    return null;
                }
                bytes[i] = (byte) octet;
            }
            return bytes;
        }
        if (!text.contains(":") || !text.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        try {
            // with a colon and nothing but hex digits, colons and dots this parses an IPv6 literal, never resolves
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
