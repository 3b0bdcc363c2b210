package org.teamward.api.input;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.teamward.failure.Invalid;

/**
 * Refuses a query parameter the matched operation does not declare. JAX-RS ignores one, so a typo
 * ({@code ?employeId=7}) would silently answer the unfiltered list, which a sync then takes for the
 * truth; here it is a 400 naming the parameter and the ones the operation knows.
 */
@Provider
public class KnownParameters implements ContainerRequestFilter {

  private static final Map<Method, Set<String>> KNOWN = new ConcurrentHashMap<>();

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Set<String> known = KNOWN.computeIfAbsent(method, KnownParameters::declared);
    for (String name : new TreeSet<>(request.getUriInfo().getQueryParameters(false).keySet())) {
      if (!known.contains(name)) {
        throw new Invalid(
            name,
            known.isEmpty()
                ? "This request takes no query parameters."
                : "Unknown query parameter; this request takes " + String.join(", ", known) + ".");
      }
    }
  }

  private static Set<String> declared(Method method) {
    return Arrays.stream(method.getParameters())
        .map(p -> p.getAnnotation(QueryParam.class))
        .filter(q -> q != null)
        .map(QueryParam::value)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
