package org.teamward.persistence;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's data source, pooled by the server (see web.xml). It exists so that one WAR runs
 * on embedded H2 and on PostgreSQL alike: the JDBC URL, and with it the driver, comes from
 * MicroProfile Config ({@code TEAMWARD_DB_URL}), while a server-side data source definition would
 * have to name one driver class up front.
 *
 * <p>Without a URL it opens an H2 database in files under {@code TEAMWARD_DATA} ({@code ./data}).
 */
public class ConfiguredDataSource implements DataSource {

  private final String url;
  private final String user;
  private final String password;
  private final Driver driver;
  private int loginTimeout;

  public ConfiguredDataSource() {
    Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
    this.url =
        config
            .getOptionalValue("teamward.db.url", String.class)
            .orElseGet(() -> h2Url(ownerOnly(DataDirectory.path(config))));
    this.user = config.getOptionalValue("teamward.db.user", String.class).orElse(defaultUser(url));
    this.password = config.getOptionalValue("teamward.db.password", String.class).orElse("");
    this.driver = findDriver(url);
  }

  /**
   * The embedded database's directory, created owner-only before H2 writes its files there with the
   * process's umask.
   */
  private static Path ownerOnly(Path dataDirectory) {
    try {
      return DataDirectory.createOwnerOnly(dataDirectory);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(
          "Cannot create the data directory " + dataDirectory + " (TEAMWARD_DATA): " + e, e);
    }
  }

  static String h2Url(Path dataDirectory) {
    // H2 gives up on a row lock after a second or two; clockings of one employee queue on its
    // row (a terminal's burst of retries), so waiting longer is the embedded default.
    return "jdbc:h2:file:"
        + dataDirectory.resolve("teamward").toAbsolutePath()
        + ";LOCK_TIMEOUT=10000";
  }

  private static String defaultUser(String url) {
    return url.startsWith("jdbc:h2:") ? "sa" : null;
  }

  private static Driver findDriver(String url) {
    for (Driver candidate :
        ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
      try {
        if (candidate.acceptsURL(url)) {
          return candidate;
        }
      } catch (SQLException ignored) {
        // a driver that cannot judge the URL is simply not the one
      }
    }
    try {
      return DriverManager.getDriver(url);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "No JDBC driver accepts the configured database URL (TEAMWARD_DB_URL).", e);
    }
  }

  /** The JDBC URL without credentials, for the start-up log. */
  public String describe() {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    Properties props = new Properties();
    String u = username == null || username.isEmpty() ? user : username;
    String p = pass == null || pass.isEmpty() ? password : pass;
    if (u != null) {
      props.setProperty("user", u);
    }
    if (p != null) {
      props.setProperty("password", p);
    }
    Connection connection = driver.connect(url, props);
    if (connection == null) {
      throw new SQLException("The JDBC driver refused the configured database URL.");
    }
    return connection;
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
