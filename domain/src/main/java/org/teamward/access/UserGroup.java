package org.teamward.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.teamward.persistence.Identified;

/** A named bundle of permissions; a user's rights are the union of their groups. */
@Entity
@Table(name = "user_group")
public class UserGroup extends Identified {

  private String name;
  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @Enumerated(EnumType.STRING)
  @CollectionTable(name = "user_group_permission", joinColumns = @JoinColumn(name = "group_id"))
  @Column(name = "permission")
  private Set<Permission> permissions = EnumSet.noneOf(Permission.class);

  @ManyToMany(mappedBy = "groups")
  private Set<UserAccount> members = new LinkedHashSet<>();

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Set<Permission> getPermissions() {
    return permissions;
  }

  public void setPermissions(Set<Permission> permissions) {
    this.permissions.clear();
    this.permissions.addAll(permissions);
  }

  public Set<UserAccount> getMembers() {
    return members;
  }
}
