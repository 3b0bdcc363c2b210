package org.teamward.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A check-in or check-out request a caller marked with an {@code Idempotency-Key}, and the record
 * it produced. Keys are per caller (credential), so two terminals cannot collide.
 */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKey.Id.class)
public class IdempotencyKey {

  @jakarta.persistence.Id
  @Column(name = "caller")
  private String caller;

  @jakarta.persistence.Id
  @Column(name = "key_value")
  private String key;

  private String operation;

  @Column(name = "record_id")
  private long recordId;

  @Column(name = "created_at")
  private Instant createdAt;

  /** The request's {@link Punch#fingerprint()}; null for keys stored before it was kept. */
  @Column(name = "request_hash")
  private String requestHash;

  protected IdempotencyKey() {}

  IdempotencyKey(
      String caller,
      String key,
      String operation,
      long recordId,
      Instant createdAt,
      String requestHash) {
    this.caller = caller;
    this.key = key;
    this.operation = operation;
    this.recordId = recordId;
    this.createdAt = createdAt;
    this.requestHash = requestHash;
  }

  public String getCaller() {
    return caller;
  }

  public String getKey() {
    return key;
  }

  public String getOperation() {
    return operation;
  }

  public long getRecordId() {
    return recordId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getRequestHash() {
    return requestHash;
  }

  /** The primary key: caller and key. */
  public static class Id implements Serializable {

    private static final long serialVersionUID = 1L;

    private String caller;
    private String key;

    public Id() {}

    public Id(String caller, String key) {
      this.caller = caller;
      this.key = key;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Id id
          && Objects.equals(caller, id.caller)
          && Objects.equals(key, id.key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(caller, key);
    }
  }
}
