package org.teamward.access.credentials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.teamward.access.accounts.UserAccount;
import org.teamward.persistence.Identified;

/**
 * A personal API credential for one application. It acts with its user's current rights. Only the
 * keyed digest of its token is stored; the token itself is shown once and never again.
 */
@Entity
@Table(name = "device_password")
public class DevicePassword extends Identified {

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id")
  private UserAccount user;

  private String name;

  @Column(name = "device_type")
  private String deviceType;

  @Column(name = "token_digest")
  private String tokenDigest;

  @Column(name = "created_at")
  private Instant createdAt = Instant.now();

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "last_used_ip")
  private String lastUsedIp;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  public UserAccount getUser() {
    return user;
  }

  public void setUser(UserAccount user) {
    this.user = user;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDeviceType() {
    return deviceType;
  }

  public void setDeviceType(String deviceType) {
    this.deviceType = deviceType;
  }

  public String getTokenDigest() {
    return tokenDigest;
  }

  public void setTokenDigest(String tokenDigest) {
    this.tokenDigest = tokenDigest;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public String getLastUsedIp() {
    return lastUsedIp;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public void revoke(Instant at) {
    this.revokedAt = at;
  }

  /** Revokes every live device password of one account; answers how many. */
  public static int revokeAll(EntityManager em, long userId, Instant now) {
    return em.createQuery(
            "update DevicePassword d set d.revokedAt = :now"
                + " where d.user.id = :user and d.revokedAt is null")
        .setParameter("now", now)
        .setParameter("user", userId)
        .executeUpdate();
  }
}
