package tw.portfolio.archive.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAddressTest {

    @ParameterizedTest(name = "{0} is throttled as {1}")
    @CsvSource({
        "127.0.0.1, 127.0.0.1",
        "2001:db8:1:2:3:4:5:6, 20010db800010002::/64",
        "2001:db8:1:2:ffff::1, 20010db800010002::/64",
        "[2001:db8:1:2::9], 20010db800010002::/64",
        "::ffff:192.0.2.1, 192.0.2.1",
        "'', unknown",
        "not:an:address:at:all, not:an:address:at:all"})
    void ipv4AddressesCountAloneAndIpv6AddressesByTheirSlash64(String remote, String key) {
        assertEquals(key, ClientAddress.key(remote));
    }
}
