package org.teamward.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Id and optimistic-lock version shared by every mutable entity. Ids come from one sequence because
 * H2 2.x rejects the IDENTITY DDL EclipseLink would emit, and one sequence works the same on both
 * databases.
 */
@MappedSuperclass
public abstract class Identified {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tw_seq")
  @SequenceGenerator(name = "tw_seq", sequenceName = "tw_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  /** Refuses a write based on an outdated read; see {@link org.teamward.failure.Stale}. */
  public void checkVersion(Long expected) {
    if (expected != null && expected != version) {
      throw new org.teamward.failure.Stale(
          "This record was changed by someone else in the meantime. Reload it and try again.");
    }
  }
}
