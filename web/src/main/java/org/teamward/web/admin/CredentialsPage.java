package org.teamward.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.teamward.access.credentials.CredentialInventory;
import org.teamward.web.Failures;
import org.teamward.web.Messages;

/** The credential inventory: every credential that reaches the API, filtered and revocable. */
@Named
@ViewScoped
public class CredentialsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CredentialInventory inventory;
  @Inject Failures failures;
  @Inject Messages messages;

  private CredentialInventory.Kind kind;
  private Long ownerId;
  private Integer unusedDays;
  private List<CredentialInventory.Entry> entries;
  private List<Owner> owners;

  public List<CredentialInventory.Entry> getEntries() {
    if (entries == null) {
      List<CredentialInventory.Entry> found =
          failures.attempt(
              () -> inventory.list(new CredentialInventory.Filter(ownerId, kind, unusedDays)));
      entries = found == null ? List.of() : found;
    }
    return entries;
  }

  /** An account that owns device passwords, to filter by. */
  public record Owner(long id, String name) implements Serializable {}

  /**
   * The accounts that own device passwords, from the inventory itself, so that the filter needs no
   * USER_MANAGE; read once per view.
   */
  public List<Owner> getOwners() {
    if (owners == null) {
      List<CredentialInventory.Entry> all =
          failures.attempt(() -> inventory.list(CredentialInventory.Filter.NONE));
      owners =
          all == null
              ? List.of()
              : all.stream()
                  .filter(e -> e.ownerId() != null)
                  .map(e -> new Owner(e.ownerId(), e.ownerName()))
                  .distinct()
                  .sorted(java.util.Comparator.comparing(Owner::name))
                  .toList();
    }
    return owners;
  }

  public List<CredentialInventory.Kind> getKinds() {
    return Arrays.asList(CredentialInventory.Kind.values());
  }

  public void filter() {
    entries = null;
  }

  public void revoke(CredentialInventory.Entry entry) {
    if (failures.attempt(() -> inventory.revoke(entry.kind(), entry.id()))) {
      messages.info("credentials.revoked");
    }
    entries = null;
  }

  public void revokeAllOf(long userId) {
    Integer revoked = failures.attempt(() -> inventory.revokeAllOf(userId));
    if (revoked != null) {
      messages.info("credentials.revokedAll", revoked);
    }
    entries = null;
  }

  public CredentialInventory.Kind getKind() {
    return kind;
  }

  public void setKind(CredentialInventory.Kind kind) {
    this.kind = kind;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public Integer getUnusedDays() {
    return unusedDays;
  }

  public void setUnusedDays(Integer unusedDays) {
    this.unusedDays = unusedDays;
  }
}
