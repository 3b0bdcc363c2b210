package org.teamward.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.teamward.access.secrets.SecretTokens;
import org.teamward.access.secrets.TwoFactorKey;

/**
 * What happens once when the application starts, in this order: the check of the settings, schema
 * migration, the token pepper and the two-factor key (refusing to start without one where it is
 * required, or with one other than the database was set up with), then the preparation of an empty
 * database with demo data if asked for, in one transaction so that of several nodes starting
 * together exactly one prepares it, and break-glass if asked for. An EJB start-up singleton rather
 * than a CDI observer, because the application's data source is bound only after CDI has started.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupSequence {

  @Inject Settings settings;
  @Inject Migrations migrations;
  @Inject FirstStart firstStart;
  @Inject DemoData demoData;
  @Inject SecretTokens tokens;
  @Inject TwoFactorKey twoFactorKey;
  @Inject BreakGlass breakGlass;

  @Inject
  @ConfigProperty(name = "teamward.demo-data", defaultValue = "false")
  boolean demo;

  @PostConstruct
  void start() {
    settings.check();
    migrations.migrate();
    tokens.checkPepper();
    twoFactorKey.checkKey();
    firstStart.prepareEmptyDatabase(demo ? demoData::seed : groups -> {});
    breakGlass.repairIfAsked();
  }
}
