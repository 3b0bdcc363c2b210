package org.teamward.persistence;

import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/**
 * Where Teamward keeps files: the embedded database and the first-start credential files. {@code
 * TEAMWARD_DATA}, else {@code ./data} under the working directory.
 */
public final class DataDirectory {

  private DataDirectory() {}

  public static Path path(Config config) {
    return Path.of(config.getOptionalValue("teamward.data", String.class).orElse("data"))
        .toAbsolutePath()
        .normalize();
  }
}
