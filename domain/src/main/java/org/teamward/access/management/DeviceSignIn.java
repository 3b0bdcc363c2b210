package org.teamward.access.management;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A personal password traded for a device password, the one place where the API accepts a personal
 * password. Its bounds are checked before the password is: a 1 MB password would otherwise cost a
 * full hash of 1 MB.
 */
public record DeviceSignIn(
    @NotBlank @Size(max = 254) String email,
    @NotNull @Size(max = 200) String password,
    String deviceName,
    String deviceType) {

  @Override
  public String toString() {
    return "DeviceSignIn[email=" + email + ", deviceName=" + deviceName + "]";
  }
}
