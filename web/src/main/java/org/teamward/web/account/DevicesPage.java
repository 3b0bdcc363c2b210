package org.teamward.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.teamward.access.credentials.CreatedDevicePassword;
import org.teamward.access.credentials.DevicePassword;
import org.teamward.access.management.DevicePasswords;
import org.teamward.access.rights.Caller;
import org.teamward.web.Failures;
import org.teamward.web.Messages;
import org.teamward.web.UseCase;

/**
 * Account menu → Devices. The token of a new or regenerated device password lives only in this
 * request: it is rendered into the ajax response once and is in no session, view state or log, so a
 * reload can never show it again.
 */
@Named
@RequestScoped
public class DevicesPage {

  public static final List<String> SUGGESTED_TYPES =
      List.of("Phone", "Tablet", "Desktop", "Calendar", "Service", "Script", "Terminal", "Other");

  @Inject DevicePasswords devicePasswords;
  @Inject Caller caller;
  @Inject Failures failures;
  @Inject Messages messages;

  private String name;
  private String type = "Phone";
  private CreatedDevicePassword shown;
  private List<DevicePassword> devices;
  private Long renameId;
  private String newName;

  /**
   * The form for a new device password, only for those who may create one. The page itself is also
   * for people who lost SYNCHRONISATION, to see and revoke the device passwords they still have.
   */
  public boolean isCanCreate() {
    return UseCase.DEVICE_PASSWORDS_CREATE.allows(caller.grant());
  }

  public List<DevicePassword> getDevices() {
    if (devices == null) {
      devices = devicePasswords.listOwn();
    }
    return devices;
  }

  public void create() {
    shown = failures.attempt(() -> devicePasswords.create(name, type));
    if (shown != null) {
      name = null;
      devices = null;
    }
  }

  public void regenerate(long id) {
    shown = failures.attempt(() -> devicePasswords.regenerate(id));
    devices = null;
  }

  public void revoke(long id) {
    if (failures.attempt(() -> devicePasswords.revoke(id))) {
      messages.info("devices.revoked");
    }
    devices = null;
  }

  public void rename() {
    if (renameId != null
        && failures.attempt(() -> devicePasswords.rename(renameId, newName)) != null) {
      messages.info("devices.renamed");
    }
    devices = null;
  }

  public List<String> getSuggestedTypes() {
    return SUGGESTED_TYPES;
  }

  public CreatedDevicePassword getShown() {
    return shown;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public Long getRenameId() {
    return renameId;
  }

  public void setRenameId(Long renameId) {
    this.renameId = renameId;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }
}
