package org.teamward.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the resource bundle, in the viewer's language. */
@RequestScoped
public class Messages {

  @Inject FacesContext faces;

  private ResourceBundle bundle() {
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  public boolean has(String key) {
    return bundle().containsKey(key);
  }

  public String text(String key, Object... args) {
    ResourceBundle bundle = bundle();
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
  }

  public void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /** A message that is already translated, such as a domain failure's own text. */
  public void errorText(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  /**
   * An error shown by the component for this client id only: a field's {@code p:message}, or a
   * form's {@code p:messages for=…}; the page's own messages show global ones only.
   */
  public void errorAt(String clientId, String text) {
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    if (faces.getViewRoot() != null
        && faces.getViewRoot().findComponent(clientId) instanceof UIInput input) {
      // Marks the input, so that it is styled and announced (aria-invalid) as wrong.
      input.setValid(false);
    }
  }

  private void add(FacesMessage.Severity severity, String text) {
    faces.addMessage(null, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
