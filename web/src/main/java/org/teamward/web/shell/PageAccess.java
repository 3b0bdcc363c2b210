package org.teamward.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.teamward.access.rights.Permission;

/**
 * Refuses a page whose use cases the caller may not use at all (403), for people who type its
 * address or follow an old link. The same declaration decides whether the menu shows the page; the
 * domain refuses the actions regardless. The refusal page, inside the application frame, names the
 * rights the page needs.
 */
@Named
@RequestScoped
public class PageAccess {

  /** The request attribute that carries the refused page's rights to the 403 page. */
  static final String MISSING_RIGHTS = "org.teamward.web.missingRights";

  @Inject FacesContext faces;
  @Inject Navigation nav;

  /**
   * @param page the page being opened, whose rights the refusal names
   */
  public void require(MenuPage page) throws IOException {
    if (!page.shownBy(nav)) {
      faces.getExternalContext().getRequestMap().put(MISSING_RIGHTS, page.rights());
      faces.getExternalContext().responseSendError(403, "Forbidden");
      faces.responseComplete();
    }
  }

  /** On the 403 page: the rights of which the refused page needs one; empty if unknown. */
  @SuppressWarnings("unchecked")
  public List<Permission> getMissingRights() {
    Object rights = faces.getExternalContext().getRequestMap().get(MISSING_RIGHTS);
    return rights instanceof List<?> list ? (List<Permission>) list : List.of();
  }
}
