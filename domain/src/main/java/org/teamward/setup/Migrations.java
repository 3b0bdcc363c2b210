package org.teamward.setup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema up to date with Flyway before anything else touches the database. */
@ApplicationScoped
public class Migrations {

  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = "java:app/jdbc/teamward")
  DataSource dataSource;

  public void migrate() {
    var result =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema is at version "
                + (result.targetSchemaVersion == null
                    ? result.initialSchemaVersion
                    : result.targetSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migrations applied now).");
  }
}
