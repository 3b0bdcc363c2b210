package org.teamward.access.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key kept in the data directory is the owner's only, and so is the directory it creates. */
class ServerSecretFilesTest {

  @TempDir Path temp;

  @Test
  void aKeptKeyAndItsNewDirectoryAreOwnerOnly() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path data = temp.resolve("data");

    new ServerSecret("TEAMWARD_TOKEN_PEPPER", "token-pepper", "device passwords would work")
        .load(Optional.empty(), Optional.empty(), data);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve("token-pepper"))))
        .isEqualTo("rw-------");
  }
}
