package org.teamward.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Maps {@link Instant} to TIMESTAMP WITH TIME ZONE in UTC. Jakarta Persistence 3.1 (EclipseLink 4,
 * Payara 6) does not know Instant yet and would serialise it as bytes, which both H2 and PostgreSQL
 * refuse for a timestamp column; OffsetDateTime is mapped natively.
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
