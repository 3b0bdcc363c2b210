package org.teamward.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers; a load balancer then stops sending traffic. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    try {
      DataSource dataSource = InitialContext.doLookup("java:app/jdbc/teamward");
      try (Connection connection = dataSource.getConnection()) {
        boolean valid = connection.isValid(2);
        return HealthCheckResponse.named("database").status(valid).build();
      }
    } catch (Exception e) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
