package news.wireline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrkTest {

    @Test
    void readsTheMedianAndNinetyNinthPercentileInMillisecondsWhateverTheUnit() {
        String output = """
                Running 10s test @ http://127.0.0.1:8083/feed
                  1 threads and 2 connections
                  Thread Stats   Avg      Stdev     Max   +/- Stdev
                    Latency     1.20ms  400.00us   9.10ms   90.00%
                  Latency Distribution
                     50%  850.00us
                     75%    1.10ms
                     90%    1.50ms
                     99%    2.30ms
                  16384 requests in 10.00s, 120.00MB read
                  Non-2xx or 3xx responses: 3
                Requests/sec:   1638.40
                Transfer/sec:     12.00MB
                """;

        Wrk.Outcome outcome = Wrk.parse(output);

        assertThat(outcome.p50Millis()).isEqualTo(0.85);
        assertThat(outcome.p99Millis()).isEqualTo(2.3);
        assertThat(outcome.requestsPerSecond()).isEqualTo(1638.4);
        assertThat(outcome.errors()).isEqualTo(3);
    }
}
