package news.wireline.enrich.explain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of {@code /tags/explain}, which answers on enrich's public port.
 *
 * @param maxBody the largest story body accepted. The story object of an ingested event is at most
 *                ingest's {@code max-event-bytes} (600,000 bytes), so any story enrich can be sent
 *                fits; a larger body is refused with 413 before it is parsed or tagged
 */
@ConfigurationProperties("wireline.enrich.explain")
record ExplainSettings(@DefaultValue("600000B") DataSize maxBody) {}
