package org.teamward.setup;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema up to date with Flyway before anything else touches the database. */
@ApplicationScoped
public class Migrations {

  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  public void migrate() {
    DataSource dataSource;
    try {
      // Looked up rather than injected: Payara binds data sources declared in web.xml after it
      // has injected the resources of library beans.
      dataSource = InitialContext.doLookup("java:app/jdbc/teamward");
    } catch (NamingException e) {
      throw new IllegalStateException("The data source java:app/jdbc/teamward is missing.", e);
    }
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
