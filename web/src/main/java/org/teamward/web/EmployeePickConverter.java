package org.teamward.web;

import jakarta.faces.convert.FacesConverter;

/** An employee picker's value (see {@link PickConverter}). */
@FacesConverter("employeePick")
public class EmployeePickConverter extends PickConverter<EmployeePick> {

  public EmployeePickConverter() {
    super(EmployeePick::new, EmployeePick::id);
  }
}
