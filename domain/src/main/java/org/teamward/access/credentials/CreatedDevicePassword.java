package org.teamward.access.credentials;

/**
 * A device password just created or regenerated, with its token: the only moment the token exists
 * outside the client. Callers show it once and drop it.
 */
public record CreatedDevicePassword(DevicePassword device, String token) {

  /** Never print the token, not even in a debug log of this record. */
  @Override
  public String toString() {
    return "CreatedDevicePassword[device=" + device.getId() + ", token=***]";
  }
}
