package org.teamward.access.secrets;

/** Stands in for PBKDF2, which needs the container; counts verifications instead of timing. */
public class PlainHashing extends PasswordHashing {
  public int verifications;

  @Override
  public String hash(String password) {
    return "plain:" + password;
  }

  @Override
  public boolean verify(String password, String hash) {
    verifications++;
    return hash != null && hash.equals("plain:" + password);
  }
}
