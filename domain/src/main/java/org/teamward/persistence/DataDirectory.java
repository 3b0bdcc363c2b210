package org.teamward.persistence;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.microprofile.config.Config;

/**
 * Where Teamward keeps files: the embedded database and the first-start credential files. {@code
 * TEAMWARD_DATA}, else {@code ./data} under the working directory.
 *
 * <p>Teamward creates the directory readable by its owner only (0700), and each file it writes in
 * it too (0600). The embedded database's files ({@code teamward.mv.db}) are H2's, created with the
 * process's umask: the directory's 0700 is what keeps others out of them.
 */
public final class DataDirectory {

  private DataDirectory() {}

  public static Path path(Config config) {
    return Path.of(config.getOptionalValue("teamward.data", String.class).orElse("data"))
        .toAbsolutePath()
        .normalize();
  }

  /**
   * Creates {@code dir} and any missing parents, readable by the owner only where the file system
   * has POSIX permissions; a directory that exists is left as the operator made it.
   */
  public static Path createOwnerOnly(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return dir;
    }
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return Files.createDirectories(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    return Files.createDirectories(dir);
  }
}
