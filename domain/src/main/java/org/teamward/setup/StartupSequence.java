package org.teamward.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What happens once when the application starts, in this order: schema migration, first-start
 * preparation of an empty database, then demo data if asked for.
 */
@ApplicationScoped
public class StartupSequence {

  @Inject Migrations migrations;
  @Inject FirstStart firstStart;
  @Inject DemoData demoData;

  @Inject
  @ConfigProperty(name = "teamward.demo-data", defaultValue = "false")
  boolean demo;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    migrations.migrate();
    firstStart.prepareEmptyDatabase().filter(groups -> demo).ifPresent(demoData::seed);
  }
}
