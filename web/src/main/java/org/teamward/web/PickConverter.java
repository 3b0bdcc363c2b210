package org.teamward.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * A picker's value: the chosen suggestion's id, submitted in the picker's hidden input, with the
 * text shown beside it as its label. Nothing here decides what a person may choose: the suggestions
 * come from the use cases' choices, and the use case the form calls checks the id again, exactly as
 * over the API.
 *
 * @param <T> the pick, which holds the id and the label
 */
abstract class PickConverter<T> implements Converter<T> {

  private final PickOf<T> pick;
  private final Function<T, Long> id;

  PickConverter(PickOf<T> pick, Function<T, Long> id) {
    this.pick = pick;
    this.id = id;
  }

  /** A pick from its id and the label shown for it. */
  interface PickOf<T> {
    T of(long id, String label);
  }

  @Override
  public T getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String shown =
        context
            .getExternalContext()
            .getRequestParameterMap()
            .get(component.getClientId(context) + "_input");
    // The picker puts what is typed into the hidden input until a suggestion is chosen: a typed
    // text, even a number, is a search, never a record's id.
    if (shown == null || shown.isBlank()) {
      return null;
    }
    if (shown.equals(value) || !value.matches("\\d{1,18}")) {
      ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
      String text = msg.getString("picker.choose");
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    return pick.of(Long.parseLong(value), shown);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, T value) {
    return value == null ? "" : String.valueOf(id.apply(value));
  }
}
