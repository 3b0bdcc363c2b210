package org.teamward.access;

/**
 * A device password accepted for one API request. The security module turns it into the principal
 * {@code device:<deviceId>} ({@link CallerKey}); the rights are then loaded by {@link Grants}.
 */
public record DeviceAuthentication(long deviceId, long userId) {

  public CallerKey callerKey() {
    return new CallerKey(CallerKey.Type.DEVICE, deviceId);
  }
}
