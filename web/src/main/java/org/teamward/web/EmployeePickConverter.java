package org.teamward.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.ResourceBundle;

/**
 * An employee picker's value: the chosen suggestion's id, submitted in the picker's hidden input,
 * with the text shown beside it as its label. Nothing here decides whom a person may choose: the
 * suggestions come from the use cases' choices, and the use case the form calls checks the id
 * again, exactly as over the API.
 */
@FacesConverter("employeePick")
public class EmployeePickConverter implements Converter<EmployeePick> {

  @Override
  public EmployeePick getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String shown =
        context
            .getExternalContext()
            .getRequestParameterMap()
            .get(component.getClientId(context) + "_input");
    // The picker puts what is typed into the hidden input until a suggestion is chosen: a typed
    // text, even a number, is a search, never an employee's id.
    if (shown == null || shown.isBlank()) {
      return null;
    }
    if (shown.equals(value) || !value.matches("\\d{1,18}")) {
      ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
      String text = msg.getString("picker.choose");
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    return new EmployeePick(Long.parseLong(value), shown);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, EmployeePick value) {
    return value == null ? "" : String.valueOf(value.id());
  }
}
