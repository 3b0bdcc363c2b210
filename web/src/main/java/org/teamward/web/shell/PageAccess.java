package org.teamward.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * Refuses a page whose use cases the caller may not use at all (403), for people who type its
 * address. The same declaration decides whether the menu shows the page; the domain refuses the
 * actions regardless.
 */
@Named
@RequestScoped
public class PageAccess {

  @Inject FacesContext faces;

  public void require(boolean allowed) throws IOException {
    if (!allowed) {
      faces.getExternalContext().responseSendError(403, "Forbidden");
      faces.responseComplete();
    }
  }
}
