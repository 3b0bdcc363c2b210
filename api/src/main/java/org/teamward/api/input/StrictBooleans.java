package org.teamward.api.input;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Query and header booleans are {@code true} or {@code false}, nothing else. JAX-RS would use
 * {@link Boolean#valueOf(String)}, which reads {@code ?active=maybe} as false and so silently
 * answers a different question than the one asked; here it is a 400 naming the parameter.
 */
@Provider
public class StrictBooleans implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType != Boolean.class && rawType != boolean.class) {
      return null;
    }
    return (ParamConverter<T>)
        new ParamConverter<Boolean>() {
          @Override
          public Boolean fromString(String value) {
            if (value == null || value.isEmpty()) {
              return null;
            }
            return switch (value) {
              case "true" -> Boolean.TRUE;
              case "false" -> Boolean.FALSE;
              default -> throw new IllegalArgumentException("expected true or false");
            };
          }

          @Override
          public String toString(Boolean value) {
            return value == null ? null : value.toString();
          }
        };
  }
}
