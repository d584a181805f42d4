package tw.portfolio.archive.account;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The key a client address is throttled by: an IPv4 address as it is, an IPv6 address by its /64
 * network (one household or host usually holds a whole /64, so single IPv6 addresses would be free to
 * rotate). Never looks a name up.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String key(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        String a = remoteAddress.strip();
        if (a.indexOf(':') < 0 || a.length() > 64) {
            return a.length() > 64 ? a.substring(0, 64) : a;
        }
        try {
            InetAddress parsed = InetAddress.getByName(a.startsWith("[") ? a : "[" + a + "]");
            if (parsed instanceof Inet6Address) {
                return HexFormat.of().formatHex(parsed.getAddress(), 0, 8) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return a;
        }
    }
}
