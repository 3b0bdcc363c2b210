package org.teamward.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Maps {@link Instant} to TIMESTAMP WITH TIME ZONE in UTC. Jakarta Persistence 3.1 (EclipseLink 4)
 * did not know Instant and serialised it as bytes, which both H2 and PostgreSQL refuse for a
 * timestamp column; OffsetDateTime is mapped natively. Persistence 3.2 (EclipseLink 5, Payara 7)
 * maps Instant itself: this converter can go once that mapping is proven to write the same UTC
 * timestamps on both databases.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
